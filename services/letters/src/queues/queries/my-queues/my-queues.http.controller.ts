import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, ReadsAtLeastPosition, type AuthenticatedUser } from '@jejak/nest-platform';
import { nextPageLink } from '@jejak/service-kit';
import type { Request, Response } from 'express';
import type { MyQueues } from './my-queues.handler';
import { MyQueuesQuery } from './my-queues.query';
import { MyQueuesRequest } from './my-queues.request.dto';

@ApiTags('Surat')
@ApiBearerAuth()
@Controller('queues')
export class MyQueuesHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The caller's own queues (SRIKANDI's: unread, to follow up, overdue, to initial, to sign, to send). */
  @Get('me')
  @ApiEndpoint({
    summary: 'The caller\'s work queues',
    description:
      'SRIKANDI\'s queues of the signed-in user: `belumDibaca`, `belumDitindaklanjuti`, `lewatBatasWaktu` (as of `asOf`), `perluParaf`, `perluTandaTangan`, `perluDikirim`. ' +
      'Paged by letters with a stable cursor: a page holds the items of up to `limit` (1–200, default 50) of the caller\'s letters in registration order ' +
      '(oldest first within each queue); `next` in the body (absent on the last page) and a `Link: <...>; rel="next"` header (the same query with `cursor=`) ' +
      'give the next page. The pages of a walk together hold every item of the letters that existed when it began exactly once.',
    path: '/queues/me',
    problems: [
      400,
      { status: 400, code: 'INVALID_CURSOR', detail: 'cursor tidak valid', errors: [{ field: 'cursor', message: 'cursor tidak valid; gunakan nilai next dari halaman sebelumnya' }], summary: 'The cursor is not one this list gave' },
      403,
    ],
  })
  @ReadsAtLeastPosition()
  async mine(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: MyQueuesRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MyQueues> {
    const queues = await this.queries.execute<MyQueuesQuery, MyQueues>(new MyQueuesQuery(user, query.asOf, { limit: query.limit, cursor: query.cursor }));
    if (queues.next !== undefined) res.setHeader('Link', `<${nextPageLink(req.originalUrl, queues.next)}>; rel="next"`);
    return queues;
  }
}
