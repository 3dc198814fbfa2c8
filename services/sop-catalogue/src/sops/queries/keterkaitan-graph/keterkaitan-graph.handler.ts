import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { forbidden } from '@jejak/domain-kit';
import { canRead, readableTenantFilter, tenantFilterSql } from '@jejak/nest-platform';
import { Repository } from 'typeorm';
import { keterkaitanGraph, type KeterkaitanGraph } from '../../../domain';
import { SopListEntity } from '../../read-model/sop-list.entity';
import { SopVersionEntity } from '../../read-model/sop-version.entity';
import { KeterkaitanGraphQuery } from './keterkaitan-graph.query';

/** The keterkaitan graph over the latest version of every SOP the user may read (links resolve within one dinas). */
@QueryHandler(KeterkaitanGraphQuery)
export class KeterkaitanGraphHandler implements IQueryHandler<KeterkaitanGraphQuery, KeterkaitanGraph> {
  constructor(@InjectRepository(SopListEntity) private readonly sops: Repository<SopListEntity>) {}

  async execute({ user, tenant }: KeterkaitanGraphQuery): Promise<KeterkaitanGraph> {
    if (tenant && !canRead(user, tenant)) throw forbidden('TENANT_NOT_READABLE', `Anda tidak berwenang membaca data dinas ${tenant}`);
    const scope = tenantFilterSql(readableTenantFilter(user), 's.tenant', 1);
    const qb = this.sops
      .createQueryBuilder('s')
      .innerJoin(SopVersionEntity, 'v', 'v.sop_id = s.sop_id AND v.version = s.latest_version')
      .select(['s.sop_id AS "sopId"', 's.tenant AS tenant', 'v.content AS content'])
      .where(scope.sql.replace('$1', ':tenants').replace('$2', ':prefixes'), { tenants: scope.params[0], prefixes: scope.params[1] })
      .andWhere(`s.latest_stage <> 'retired'`);
    if (tenant) qb.andWhere('s.tenant = :tenant', { tenant });
    const rows: { sopId: string; tenant: string; content: SopVersionEntity['content'] }[] = await qb.getRawMany();
    return keterkaitanGraph(rows.map((r) => ({ sopId: r.sopId, tenant: r.tenant, identity: r.content.identity })));
  }
}
