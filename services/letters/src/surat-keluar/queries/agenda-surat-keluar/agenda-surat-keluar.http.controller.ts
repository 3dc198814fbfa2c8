import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { AgendaYearRequest } from '../../../shared/dto/agenda-year.request.dto';
import type { AgendaBook } from '../../../read-model/agenda-book';
import type { AgendaKeluarLine } from './agenda-surat-keluar.handler';
import { AgendaSuratKeluarQuery } from './agenda-surat-keluar.query';

@ApiTags('Buku agenda')
@ApiBearerAuth()
@Controller('agenda')
export class AgendaSuratKeluarHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The buku agenda surat keluar of the caller's dinas for a year, with each letter's dispatches. */
  @Get('surat-keluar')
  @ApiEndpoint({
    summary: 'The outgoing agenda book of a year',
    description: 'The buku agenda surat keluar of the caller\'s dinas for `year`, with each letter\'s dispatches.',
    path: '/agenda/surat-keluar',
    problems: [400, 403],
  })
  book(@CurrentUser() user: AuthenticatedUser, @Query() query: AgendaYearRequest): Promise<AgendaBook<AgendaKeluarLine>> {
    return this.queries.execute(new AgendaSuratKeluarQuery(user, query.year));
  }
}
