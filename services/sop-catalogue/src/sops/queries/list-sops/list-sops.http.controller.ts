import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, ReadsAtLeastPosition, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Request, Response } from 'express';
import { ListSopsQuery } from './list-sops.query';
import { ListSopsRequest } from './list-sops.request.dto';
import type { SopListPage } from './list-sops.handler';

const EXAMPLE_CURSOR = 'WyI2MSIsIjIwMjQtMDYtMDMgMDE6MDA6MDArMDAiLCIwZDJiNmEzNC01YzFlLTRmM2EtOWI4ZS0yYTdmNmMxZDllNDAiXQ';

/** The URL of the next page: the request's own query with `cursor` set (and any `offset` dropped). */
function nextLink(req: Request, next: string): string {
  const url = new URL(req.originalUrl, 'http://localhost');
  url.searchParams.delete('offset');
  url.searchParams.set('cursor', next);
  return `${url.pathname}${url.search}`;
}

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class ListSopsHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Lists and searches the catalogue, by dinas, unit, stage and text, within the dinas the user may read. */
  @Get()
  @ApiEndpoint({
    summary: 'List and search SOPs',
    description:
      'Lists the catalogue (read model), filtered by dinas, unit, stage and text in name, number or unit, within the dinas the user may read: ' +
      'their own, a province\'s dinas for provincial viewers, everything in scope for auditors. Ordered by dinas, then drafting time. ' +
      'Paged with a stable cursor: `limit` (1–200, default 50) items; `next` in the body (null on the last page) and a `Link: <...>; rel="next"` ' +
      'header give the next page (`cursor=`). Walking every page sees each SOP that existed when the walk began exactly once, even while SOPs are ' +
      'drafted or edited meanwhile. `total` counts every match. `offset` (deprecated, at most 100000) still works without `cursor`.',
    path: '/sops',
    response: {
      description: 'One page of the catalogue',
      example: {
        total: 51,
        items: [{ sopId: '0d2b6a34-5c1e-4f3a-9b8e-2a7f6c1d9e40', tenant: '61', unit: 'UPT PLUT KUMKM', nomor: '518 / 917 / KUKRU - IV - 1', nama: 'Pendampingan Usaha Mikro di PLUT', origin: 'scratch', latestVersion: 1, latestStage: 'draft', effectiveVersion: null, effectiveFrom: null, retiredFrom: null, streamRevision: 0, draftedAt: '2024-06-03T01:00:00.000Z', updatedAt: '2024-06-03T01:00:00.000Z' }],
        next: EXAMPLE_CURSOR,
      },
    },
    problems: [{ status: 400, code: 'VALIDATION_FAILED', detail: 'Isian tidak valid pada 1 kolom: stage.', errors: [{ field: 'stage', message: 'stage harus salah satu dari: draft, submitted, approved, effective, retired' }], summary: 'A filter is invalid' },
      { status: 400, code: 'INVALID_CURSOR', detail: 'cursor tidak valid', errors: [{ field: 'cursor', message: 'cursor tidak valid; gunakan nilai next dari halaman sebelumnya' }], summary: 'The cursor is not one this list gave' },
      { status: 403, code: 'TENANT_READ_FORBIDDEN', detail: 'Anda tidak berhak melihat data dinas wilayah 35.', summary: "The tenant filter names a dinas you may not read" }],
  })
  @ReadsAtLeastPosition()
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListSopsRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopListPage> {
    const page = await this.queries.execute<ListSopsQuery, SopListPage>(new ListSopsQuery(user, query));
    if (page.next !== null) res.setHeader('Link', `<${nextLink(req, page.next)}>; rel="next"`);
    return page;
  }
}
