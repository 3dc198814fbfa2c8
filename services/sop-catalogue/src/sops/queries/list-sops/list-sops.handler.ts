import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { forbidden } from '@jejak/domain-kit';
import { canRead, readableTenantFilter, tenantFilterSql } from '@jejak/nest-platform';
import { Brackets, Repository } from 'typeorm';
import { SopListEntity } from '../../read-model/sop-list.entity';
import { ListSopsQuery } from './list-sops.query';

export interface SopListPage {
  total: number;
  items: SopListEntity[];
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@QueryHandler(ListSopsQuery)
export class ListSopsHandler implements IQueryHandler<ListSopsQuery, SopListPage> {
  constructor(@InjectRepository(SopListEntity) private readonly sops: Repository<SopListEntity>) {}

  async execute({ user, filter }: ListSopsQuery): Promise<SopListPage> {
    if (filter.tenant && !canRead(user, filter.tenant)) {
      throw forbidden('TENANT_NOT_READABLE', `Anda tidak berwenang membaca data dinas ${filter.tenant}`);
    }
    const qb = this.sops.createQueryBuilder('s');
    const scope = tenantFilterSql(readableTenantFilter(user), 's.tenant', 1);
    qb.where(scope.sql.replace('$1', ':tenants').replace('$2', ':prefixes'), { tenants: scope.params[0], prefixes: scope.params[1] });
    if (filter.tenant) qb.andWhere('s.tenant = :tenant', { tenant: filter.tenant });
    if (filter.unit) qb.andWhere('s.unit = :unit', { unit: filter.unit });
    if (filter.stage) qb.andWhere('s.latest_stage = :stage', { stage: filter.stage });
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`;
      qb.andWhere(new Brackets((w) => w.where('s.nama ILIKE :like', { like }).orWhere('s.nomor ILIKE :like', { like }).orWhere('s.unit ILIKE :like', { like })));
    }
    const [items, total] = await qb
      .orderBy('s.tenant', 'ASC')
      .addOrderBy('s.nomor', 'ASC', 'NULLS LAST')
      .addOrderBy('s.nama', 'ASC')
      .skip(filter.offset ?? 0)
      .take(filter.limit ?? 50)
      .getManyAndCount();
    return { total, items };
  }
}
