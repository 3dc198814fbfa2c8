import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { LetterListPage } from './list-letters.handler';
import { ListLettersQuery } from './list-letters.query';
import { ListLettersRequest } from './list-letters.request.dto';

@ApiTags('Surat')
@ApiBearerAuth()
@Controller('letters')
export class ListLettersHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Lists and searches the letters of the caller's dinas (incoming and outgoing). */
  @Get()
  @ApiEndpoint({
    summary: 'List and search the dinas\'s letters',
    description: 'Lists and searches the incoming and outgoing letters of the caller\'s dinas (`jenis`, `status`, `sifat`, `year`, `q`, `limit`, `offset`). A rahasia letter outside the caller\'s chain shows only that it exists.',
    path: '/letters',
    problems: [400, 403],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListLettersRequest): Promise<LetterListPage> {
    return this.queries.execute(new ListLettersQuery(user, query));
  }
}
