import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { forbidden } from '@jejak/domain-kit';
import { canRead, readableTenantFilter, tenantFilterSql } from '@jejak/nest-platform';
import { Repository } from 'typeorm';
import { SopRegistryEntity } from '../../read-model/sop-registry.entity';
import { ListSopRegistryQuery } from './list-sop-registry.query';

@QueryHandler(ListSopRegistryQuery)
export class ListSopRegistryHandler implements IQueryHandler<ListSopRegistryQuery, SopRegistryEntity[]> {
  constructor(@InjectRepository(SopRegistryEntity) private readonly registry: Repository<SopRegistryEntity>) {}

  async execute({ user, filter }: ListSopRegistryQuery): Promise<SopRegistryEntity[]> {
    if (filter.tenant && !canRead(user, filter.tenant)) throw forbidden('TENANT_NOT_READABLE', `Anda tidak berwenang membaca data dinas ${filter.tenant}`);
    const scope = tenantFilterSql(readableTenantFilter(user), 's.tenant', 1);
    const qb = this.registry
      .createQueryBuilder('s')
      .where(scope.sql.replace('$1', ':tenants').replace('$2', ':prefixes'), { tenants: scope.params[0], prefixes: scope.params[1] });
    if (filter.tenant) qb.andWhere('s.tenant = :tenant', { tenant: filter.tenant });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    return qb.orderBy('s.tenant').addOrderBy('s.nama').getMany();
  }
}
