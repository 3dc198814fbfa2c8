import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CaseListItem } from './list-cases.handler';
import { ListCasesQuery } from './list-cases.query';
import { ListCasesRequest } from './list-cases.request.dto';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class ListCasesHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Cases within the dinas the user may read, newest first. */
  @Get()
  @ApiEndpoint({
    summary: 'List cases',
    description: 'Cases within the dinas the user may read, newest first, filtered by SOP, status or reference.',
    path: '/cases',
    problems: [400],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCasesRequest): Promise<CaseListItem[]> {
    return this.queries.execute(new ListCasesQuery(user, query));
  }
}
