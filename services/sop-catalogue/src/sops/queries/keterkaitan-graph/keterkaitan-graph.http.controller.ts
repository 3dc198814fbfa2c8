import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
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
  @ApiEndpoint({
    summary: 'Keterkaitan graph',
    description:
      'Nodes (SOPs) and edges (the keterkaitan texts of each SOP, resolved within the same dinas by number, exact name, then contained name). ' +
      'Unresolved or ambiguous references stay as dangling edges, with candidates.',
    path: '/sop-graph',
    problems: [400, { status: 403, code: 'TENANT_READ_FORBIDDEN', detail: 'Anda tidak berhak melihat data dinas wilayah 35.', summary: 'The tenant is a dinas you may not read' }],
  })
  @ApiQuery({ name: 'tenant', required: false })
  graph(@CurrentUser() user: AuthenticatedUser, @Query() query: KeterkaitanGraphRequest): Promise<KeterkaitanGraph> {
    return this.queries.execute(new KeterkaitanGraphQuery(user, query.tenant));
  }
}
