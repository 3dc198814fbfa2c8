import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { SopRegistryEntity } from '../../read-model/sop-registry.entity';
import { ListSopRegistryQuery } from './list-sop-registry.query';
import { ListSopRegistryRequest } from './list-sop-registry.request.dto';

@ApiTags('SOP registry')
@ApiBearerAuth()
@Controller('sop-registry')
export class ListSopRegistryHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The SOPs compliance measures against, as published by the catalogue, within the dinas the user may read. */
  @Get()
  @ApiEndpoint({
    summary: 'List the SOP registry',
    description: 'The SOPs compliance measures against, as published by the catalogue, within the dinas the user may read.',
    path: '/sop-registry',
    problems: [400],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListSopRegistryRequest): Promise<SopRegistryEntity[]> {
    return this.queries.execute(new ListSopRegistryQuery(user, query));
  }
}
