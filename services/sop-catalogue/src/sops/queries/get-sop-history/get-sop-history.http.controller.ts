import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopHistoryQuery } from './get-sop-history.query';
import type { SopHistoryEntry } from './get-sop-history.handler';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class GetSopHistoryHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/history')
  history(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams): Promise<SopHistoryEntry[]> {
    return this.queries.execute(new GetSopHistoryQuery(user, params.id));
  }
}
