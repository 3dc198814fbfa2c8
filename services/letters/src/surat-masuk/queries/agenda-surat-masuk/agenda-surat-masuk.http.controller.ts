import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { AgendaYearRequest } from '../../../shared/dto/agenda-year.request.dto';
import type { AgendaBook } from '../../../read-model/agenda-book';
import type { AgendaMasukLine } from './agenda-surat-masuk.handler';
import { AgendaSuratMasukQuery } from './agenda-surat-masuk.query';

@ApiTags('Buku agenda')
@ApiBearerAuth()
@Controller('agenda')
export class AgendaSuratMasukHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The buku agenda surat masuk of the caller's dinas for a year. */
  @Get('surat-masuk')
  @ApiEndpoint({
    summary: 'The incoming agenda book of a year',
    description: 'The buku agenda surat masuk of the caller\'s dinas for `year`, in agenda-number order.',
    path: '/agenda/surat-masuk',
    problems: [400, 403],
  })
  book(@CurrentUser() user: AuthenticatedUser, @Query() query: AgendaYearRequest): Promise<AgendaBook<AgendaMasukLine>> {
    return this.queries.execute(new AgendaSuratMasukQuery(user, query.year));
  }
}
