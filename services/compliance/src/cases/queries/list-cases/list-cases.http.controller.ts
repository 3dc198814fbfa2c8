import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, ReadsAtLeastPosition, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Request, Response } from 'express';
import type { CaseListItem, CasePage } from './list-cases.handler';
import { ListCasesQuery } from './list-cases.query';
import { ListCasesRequest } from './list-cases.request.dto';

/** The URL of the next page: the same path and query, with the next cursor. */
function nextPageLink(req: Request, next: string): string {
  const url = new URL(req.originalUrl, 'http://placeholder');
  url.searchParams.set('cursor', next);
  return `<${url.pathname}${url.search}>; rel="next"`;
}

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class ListCasesHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Cases within the dinas the user may read, newest first, one page at a time. */
  @Get()
  @ApiEndpoint({
    summary: 'List cases',
    description:
      'Cases within the dinas the user may read, newest first, filtered by SOP, status or reference; at most `limit` (≤ 200, default 100) per page. ' +
      'When more follow, the response carries `X-Next-Cursor` and a `Link: <…&cursor=…>; rel="next"` header; pass `cursor` to read the next page. ' +
      'The cursor is a position in the list, so a walk stays stable while cases are written.',
    path: '/cases',
    problems: [400],
  })
  @ReadsAtLeastPosition()
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCasesRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<CaseListItem[]> {
    const page = await this.queries.execute<ListCasesQuery, CasePage>(new ListCasesQuery(user, query));
    if (page.next !== null) {
      res.setHeader('X-Next-Cursor', page.next);
      res.setHeader('Link', nextPageLink(req, page.next));
    }
    return page.items;
  }
}
