import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, ReadsAtLeastPosition, type AuthenticatedUser } from '@jejak/nest-platform';
import { nextPageLink } from '@jejak/service-kit';
import type { Request, Response } from 'express';
import type { LetterListPage } from './list-letters.handler';
import { ListLettersQuery } from './list-letters.query';
import { ListLettersRequest } from './list-letters.request.dto';

const EXAMPLE_CURSOR = 'WyIyMDI0LTA2LTAzIDAxOjAwOjAwKzAwIiwiMGQyYjZhMzQtNWMxZS00ZjNhLTliOGUtMmE3ZjZjMWQ5ZTQwIl0';

@ApiTags('Surat')
@ApiBearerAuth()
@Controller('letters')
export class ListLettersHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Lists and searches the letters of the caller's dinas (incoming and outgoing). */
  @Get()
  @ApiEndpoint({
    summary: 'List and search the dinas\'s letters',
    description:
      'Lists and searches the incoming and outgoing letters of the caller\'s dinas (`jenis`, `status`, `sifat`, `year`, `q`), newest first. ' +
      'A rahasia letter outside the caller\'s chain shows only that it exists, and a text search never matches it. ' +
      'Paged with a stable cursor: `limit` (1–200, default 50) items; `next` in the body (absent on the last page) and a `Link: <...>; rel="next"` ' +
      'header (the same query with `cursor=`) give the next page. Walking every page sees each letter that existed when the walk began exactly once, ' +
      'even while letters are registered meanwhile. `total` is given when the first page holds every match, or with `count=true` ' +
      '(counted up to 10000; beyond, `totalCapped: true`). `offset` (deprecated, at most 100000) still works without `cursor`.',
    path: '/letters',
    response: {
      description: 'One page of letters',
      example: {
        items: [
          { redacted: false, id: '0d2b6a34-5c1e-4f3a-9b8e-2a7f6c1d9e40', jenis: 'surat_masuk', sifat: 'biasa', status: 'terdaftar', nomor: '000.1/1/2024', tanggal: '2024-06-03', perihal: 'Undangan RAT', pihak: 'Koperasi Sejahtera', klasifikasi: '500.3', sopCase: null },
          { redacted: true, id: '5b0c1f7e-2a4d-4c8e-9f1a-3d6e7b8c9a01', jenis: 'surat_masuk', nomorAgenda: { source: 'jejak', sequence: 'agenda-masuk', year: 2024, n: 2 }, tanggalDiterima: '2024-06-03', sifat: 'rahasia', status: 'didisposisi' },
        ],
        next: EXAMPLE_CURSOR,
      },
    },
    problems: [
      { status: 400, code: 'VALIDATION_FAILED', detail: 'Isian tidak valid pada 1 kolom: limit.', errors: [{ field: 'limit', message: 'limit harus bilangan bulat antara 1 dan 200' }], summary: 'A filter or the page size is invalid' },
      { status: 400, code: 'INVALID_CURSOR', detail: 'cursor tidak valid', errors: [{ field: 'cursor', message: 'cursor tidak valid; gunakan nilai next dari halaman sebelumnya' }], summary: 'The cursor is not one this list gave' },
      403,
    ],
  })
  @ReadsAtLeastPosition()
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListLettersRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterListPage> {
    const page = await this.queries.execute<ListLettersQuery, LetterListPage>(new ListLettersQuery(user, query));
    if (page.next !== undefined) res.setHeader('Link', `<${nextPageLink(req.originalUrl, page.next)}>; rel="next"`);
    return page;
  }
}
