import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { forbidden } from '@jejak/domain-kit';
import { canRead, readableTenantFilter, tenantFilterSql } from '@jejak/nest-platform';
import { DataSource } from 'typeorm';
import { ListCasesQuery } from './list-cases.query';

export interface CaseListItem {
  caseId: string;
  tenant: string;
  sopId: string;
  version: number;
  nomor: string | null;
  nama: string;
  unit: string;
  reference: string | null;
  origin: string;
  status: string;
  startedAt: string;
  completedAt: string | null;
  currentStepKey: string | null;
  reworkLoops: number;
  fitness: number | null;
  deviations: number;
  lateExecutions: number;
}

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, CaseListItem[]> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ user, filter }: ListCasesQuery): Promise<CaseListItem[]> {
    if (filter.tenant && !canRead(user, filter.tenant)) throw forbidden('TENANT_NOT_READABLE', `Anda tidak berwenang membaca data dinas ${filter.tenant}`);
    const scope = tenantFilterSql(readableTenantFilter(user), 'tenant', 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
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
    if (filter.status) add('status = ?', filter.status);
    if (filter.reference) add('lower(reference) = lower(?)', filter.reference);
    params.push(filter.limit ?? 100);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT case_id, tenant, sop_id, version, nomor, nama, unit, reference, origin, status, started_at, completed_at, current_step_key,
              rework_loops, fitness, deviation_count, late_executions
         FROM cases WHERE ${where.join(' AND ')} ORDER BY started_at DESC, case_id LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      caseId: r.case_id as string,
      tenant: r.tenant as string,
      sopId: r.sop_id as string,
      version: r.version as number,
      nomor: r.nomor as string | null,
      nama: r.nama as string,
      unit: r.unit as string,
      reference: r.reference as string | null,
      origin: r.origin as string,
      status: r.status as string,
      startedAt: (r.started_at as Date).toISOString(),
      completedAt: (r.completed_at as Date | null)?.toISOString() ?? null,
      currentStepKey: r.current_step_key as string | null,
      reworkLoops: r.rework_loops as number,
      fitness: r.fitness as number | null,
      deviations: r.deviation_count as number,
      lateExecutions: r.late_executions as number,
    }));
  }
}
