import { Injectable } from '@nestjs/common';
import { forbidden } from '@jejak/domain-kit';
import { canRead, readableTenantFilter, tenantFilterSql, type AuthenticatedUser } from '@jejak/nest-platform';
import type { DinasCalendar } from '@jejak/working-time';
import { DataSource } from 'typeorm';
import { projectedCalendarOf } from '../calendars/read-model/dinas-calendar.projection';
import type { CaseMeasurement } from '../domain';

/** Which cases a figure or report covers. The period is on the case's start (the dinas's local date). */
export interface CaseFilter {
  tenant?: string;
  sopId?: string;
  version?: number;
  unit?: string;
  /** Inclusive, `YYYY-MM-DD`. */
  dari?: string;
  sampai?: string;
}

export interface MeasuredCase {
  caseId: string;
  tenant: string;
  sopId: string;
  version: number;
  nomor: string | null;
  nama: string;
  unit: string;
  measurement: CaseMeasurement;
}

/** Loads measured cases from the read model, within the dinas the user may read. */
@Injectable()
export class MeasuredCasesLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(user: AuthenticatedUser, filter: CaseFilter): Promise<MeasuredCase[]> {
    if (filter.tenant && !canRead(user, filter.tenant)) throw forbidden('TENANT_NOT_READABLE', `Anda tidak berwenang membaca data dinas ${filter.tenant}`);
    const scope = tenantFilterSql(readableTenantFilter(user), 'tenant', 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql, 'measurement IS NOT NULL'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.tenant) add('tenant = ?', filter.tenant);
    if (filter.sopId) add('sop_id = ?', filter.sopId);
    if (filter.version !== undefined) add('version = ?', filter.version);
    if (filter.unit) add('lower(unit) = lower(?)', filter.unit);
    if (filter.dari) add('started_date >= ?::date', filter.dari);
    if (filter.sampai) add('started_date <= ?::date', filter.sampai);
    const rows: Array<{ case_id: string; tenant: string; sop_id: string; version: number; nomor: string | null; nama: string; unit: string; measurement: CaseMeasurement }> =
      await this.dataSource.query(
        `SELECT case_id, tenant, sop_id, version, nomor, nama, unit, measurement FROM cases WHERE ${where.join(' AND ')} ORDER BY started_at, case_id`,
        params,
      );
    return rows.map((r) => ({ caseId: r.case_id, tenant: r.tenant, sopId: r.sop_id, version: r.version, nomor: r.nomor, nama: r.nama, unit: r.unit, measurement: r.measurement }));
  }

  /** The calendars (read model) of the given dinas. */
  async calendars(tenants: Iterable<string>): Promise<Map<string, DinasCalendar>> {
    const result = new Map<string, DinasCalendar>();
    for (const tenant of new Set(tenants)) result.set(tenant, await projectedCalendarOf(this.dataSource, tenant));
    return result;
  }
}
