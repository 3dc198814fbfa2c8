import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import type { RoleMappingInForceResponse } from '../../dto/role-mapping.dto';
import { assertRoleMappingReadable } from '../../role-mapping-access';
import { RoleMappingDirectory } from '../../role-mapping.directory';
import { GetRoleMappingInForceQuery } from './get-role-mapping-in-force.query';

/** The version case commands use on that date (read from the stream, so it shows a version just defined). */
@QueryHandler(GetRoleMappingInForceQuery)
export class GetRoleMappingInForceHandler implements IQueryHandler<GetRoleMappingInForceQuery, RoleMappingInForceResponse> {
  constructor(
    private readonly directory: RoleMappingDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, tenant, date }: GetRoleMappingInForceQuery): Promise<RoleMappingInForceResponse> {
    assertRoleMappingReadable(user, tenant);
    const found = date ? await this.directory.onDate(tenant, date) : await this.directory.inForce(tenant, this.clock.now().toISOString());
    return { tenant, date: found.date, effectiveFrom: found.effectiveFrom, isDefault: found.isDefault, rules: found.mapping.rules };
  }
}
