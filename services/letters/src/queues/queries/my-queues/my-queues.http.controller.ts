import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
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
    description: 'SRIKANDI\'s queues of the signed-in user: `belumDibaca`, `belumDitindaklanjuti`, `lewatBatasWaktu` (as of `asOf`), `perluParaf`, `perluTandaTangan`, `perluDikirim`.',
    path: '/queues/me',
    problems: [400, 403],
  })
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: MyQueuesRequest): Promise<MyQueues> {
    return this.queries.execute(new MyQueuesQuery(user, query.asOf));
  }
}
