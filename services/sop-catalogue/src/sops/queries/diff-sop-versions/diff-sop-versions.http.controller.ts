import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { SopParams } from '../../dto/version-params.dto';
import { DiffSopVersionsQuery } from './diff-sop-versions.query';
import { DiffSopVersionsRequest } from './diff-sop-versions.request.dto';
import type { SopDiffView } from './diff-sop-versions.handler';
import { SOP_EXAMPLE_PATH, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class DiffSopVersionsHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Field-by-field differences between two versions (identity fields, and steps matched by procedure and number). */
  @Get(':id/diff')
  @ApiEndpoint({
    summary: 'Differences between two versions',
    description:
      'Field-by-field differences between versions `from` and `to`: identity fields in document order (lists item by item), procedures ' +
      'matched by name then position, steps by number; each change is added, removed or changed, with its path. Whitespace is ignored.',
    path: `${SOP_EXAMPLE_PATH}/diff`,
    problems: [SopProblems.versionUnknown, 400, SopProblems.notFound],
  })
  diff(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams, @Query() query: DiffSopVersionsRequest): Promise<SopDiffView> {
    return this.queries.execute(new DiffSopVersionsQuery(user, params.id, query.from, query.to));
  }
}
