import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { nextPageLink } from '@jejak/service-kit';
import type { Request, Response } from 'express';
import { AgendaBookRequest } from '../../../shared/dto/agenda-book.request.dto';
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
    description:
      'The buku agenda surat masuk of the caller\'s dinas for `year`, in agenda-number order. ' +
      'A rahasia letter outside the caller\'s chain shows only that it exists. Paged with a stable cursor: `limit` (1–200, default 50) entries; ' +
      '`next` in the body (absent on the last page) and a `Link: <...>; rel="next"` header (the same query with `cursor=`) give the next page; ' +
      'walking every page sees each letter of the book that existed when the walk began exactly once.',
    path: '/agenda/surat-masuk',
    problems: [
      400,
      { status: 400, code: 'INVALID_CURSOR', detail: 'cursor tidak valid', errors: [{ field: 'cursor', message: 'cursor tidak valid; gunakan nilai next dari halaman sebelumnya' }], summary: 'The cursor is not one this book gave' },
      403,
    ],
  })
  async book(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: AgendaBookRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgendaBook<AgendaMasukLine>> {
    const book = await this.queries.execute<AgendaSuratMasukQuery, AgendaBook<AgendaMasukLine>>(new AgendaSuratMasukQuery(user, { year: query.year, limit: query.limit, cursor: query.cursor }));
    if (book.next !== undefined) res.setHeader('Link', `<${nextPageLink(req.originalUrl, book.next)}>; rel="next"`);
    return book;
  }
}
