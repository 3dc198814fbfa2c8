import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { KeterkaitanGraph } from '../../../domain';
import { KeterkaitanGraphRequest } from './keterkaitan-graph.request.dto';
import { KeterkaitanGraphQuery } from './keterkaitan-graph.query';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sop-graph')
export class KeterkaitanGraphHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Nodes (SOPs) and edges (keterkaitan references, resolved by number or name; dangling when unresolved). */
  @Get()
  @ApiQuery({ name: 'tenant', required: false })
  graph(@CurrentUser() user: AuthenticatedUser, @Query() query: KeterkaitanGraphRequest): Promise<KeterkaitanGraph> {
    return this.queries.execute(new KeterkaitanGraphQuery(user, query.tenant));
  }
}
