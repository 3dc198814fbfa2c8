import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { ListSopsQuery } from './list-sops.query';
import { ListSopsRequest } from './list-sops.request.dto';
import type { SopListPage } from './list-sops.handler';

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
      'their own, a province\'s dinas for provincial viewers, everything in scope for auditors. Paged with `limit` and `offset`.',
    path: '/sops',
    problems: [{ status: 400, code: 'VALIDATION_FAILED', detail: 'Isian tidak valid pada 1 kolom: stage.', errors: [{ field: 'stage', message: 'stage harus salah satu dari: draft, submitted, approved, effective, retired' }], summary: 'A filter is invalid' },
      { status: 403, code: 'TENANT_READ_FORBIDDEN', detail: 'Anda tidak berhak melihat data dinas wilayah 35.', summary: "The tenant filter names a dinas you may not read" }],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListSopsRequest): Promise<SopListPage> {
    return this.queries.execute(new ListSopsQuery(user, query));
  }
}
