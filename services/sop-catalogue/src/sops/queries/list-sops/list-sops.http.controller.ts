import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
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
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListSopsRequest): Promise<SopListPage> {
    return this.queries.execute(new ListSopsQuery(user, query));
  }
}
