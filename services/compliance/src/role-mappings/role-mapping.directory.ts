import { Injectable } from '@nestjs/common';
import { CommandPipeline } from '@jejak/service-kit';
import { DinasCalendarReader } from '../calendars/dinas-calendar.reader';
import { localDateOf } from '../calendars/local-date';
import { DinasRoleMappingAggregate } from '../domain/roles/dinas-role-mapping.decider';
import type { RoleMappingVersion } from '../domain/roles/dinas-role-mapping.state';
import { roleMappingInForce, type RoleMappingInForce } from '../domain/roles/role-mapping-in-force';

export interface RoleMappingAt extends RoleMappingInForce {
  tenant: string;
  /** The dinas's local date the mapping was looked up for. */
  date: string;
}

/**
 * The dinas's role mapping as its stream says now (case commands need a version at once, not after the
 * projection): the version in force at an instant, on the dinas's local date (its calendar's time zone).
 */
@Injectable()
export class RoleMappingDirectory {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly calendars: DinasCalendarReader,
  ) {}

  async versions(tenant: string): Promise<{ versions: RoleMappingVersion[]; revision: number }> {
    const { state, revision } = await this.pipeline.load(DinasRoleMappingAggregate, tenant);
    return { versions: state.stage === 'defined' ? state.versions : [], revision };
  }

  /** The local date of an instant in the dinas's time zone. */
  async localDate(tenant: string, at: string): Promise<string> {
    const { calendar } = await this.calendars.current(tenant);
    return localDateOf(at, calendar);
  }

  /** The mapping in force for the dinas at an instant (the defaults when it has no version in force then). */
  async inForce(tenant: string, at: string): Promise<RoleMappingAt> {
    return this.onDate(tenant, await this.localDate(tenant, at));
  }

  /** The mapping in force for the dinas on a local date. */
  async onDate(tenant: string, date: string): Promise<RoleMappingAt> {
    const { versions } = await this.versions(tenant);
    return { tenant, date, ...roleMappingInForce(versions, date) };
  }
}
