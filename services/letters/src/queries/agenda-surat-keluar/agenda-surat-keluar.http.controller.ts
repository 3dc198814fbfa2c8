import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { AgendaYearRequest } from '../agenda-year.request.dto';
import type { AgendaBook } from '../agenda-book';
import type { AgendaKeluarLine } from './agenda-surat-keluar.handler';
import { AgendaSuratKeluarQuery } from './agenda-surat-keluar.query';

@ApiTags('Buku agenda')
@ApiBearerAuth()
@Controller('agenda')
export class AgendaSuratKeluarHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The buku agenda surat keluar of the caller's dinas for a year, with each letter's dispatches. */
  @Get('surat-keluar')
  book(@CurrentUser() user: AuthenticatedUser, @Query() query: AgendaYearRequest): Promise<AgendaBook<AgendaKeluarLine>> {
    return this.queries.execute(new AgendaSuratKeluarQuery(user, query.year));
  }
}
