import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { AgendaYearRequest } from '../agenda-year.request.dto';
import type { AgendaBook } from '../agenda-book';
import type { AgendaMasukLine } from './agenda-surat-masuk.handler';
import { AgendaSuratMasukQuery } from './agenda-surat-masuk.query';

@ApiTags('Buku agenda')
@ApiBearerAuth()
@Controller('agenda')
export class AgendaSuratMasukHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The buku agenda surat masuk of the caller's dinas for a year. */
  @Get('surat-masuk')
  book(@CurrentUser() user: AuthenticatedUser, @Query() query: AgendaYearRequest): Promise<AgendaBook<AgendaMasukLine>> {
    return this.queries.execute(new AgendaSuratMasukQuery(user, query.year));
  }
}
