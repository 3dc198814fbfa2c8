import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DEFAULT_ROLE_MAPPING } from '../../../domain/roles/role-mapping.defaults';
import type { RoleMappingListResponse } from '../../dto/role-mapping.dto';
import { projectedRoleMappingVersions } from '../../read-model/role-mapping.projection';
import { assertRoleMappingReadable } from '../../role-mapping-access';
import { ListRoleMappingsQuery } from './list-role-mappings.query';

@QueryHandler(ListRoleMappingsQuery)
export class ListRoleMappingsHandler implements IQueryHandler<ListRoleMappingsQuery, RoleMappingListResponse> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ user, tenant }: ListRoleMappingsQuery): Promise<RoleMappingListResponse> {
    assertRoleMappingReadable(user, tenant);
    return { tenant, versions: await projectedRoleMappingVersions(this.dataSource, tenant), defaults: DEFAULT_ROLE_MAPPING.rules };
  }
}
