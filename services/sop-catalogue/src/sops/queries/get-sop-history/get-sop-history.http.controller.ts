import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopHistoryQuery } from './get-sop-history.query';
import type { SopHistoryEntry } from './get-sop-history.handler';
import { SOP_EXAMPLE_PATH, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class GetSopHistoryHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/history')
  @ApiEndpoint({
    summary: 'History of an SOP',
    description: 'Every event of the SOP in order: what happened, to which version, who did it (name, NIP, role) and when it was recorded.',
    path: `${SOP_EXAMPLE_PATH}/history`,
    problems: [400, SopProblems.notFound],
  })
  history(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams): Promise<SopHistoryEntry[]> {
    return this.queries.execute(new GetSopHistoryQuery(user, params.id));
  }
}
