import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { forbidden, validationError } from '@jejak/domain-kit';
import { canRead, readableTenantFilter, tenantFilterSql } from '@jejak/nest-platform';
import { DataSource } from 'typeorm';
import { ListCasesQuery } from './list-cases.query';
import { DEFAULT_CASES_PAGE } from './list-cases.request.dto';

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

/** One page of cases, newest first, and the cursor of the next page (null on the last one). */
export interface CasePage {
  items: CaseListItem[];
  next: string | null;
}

/**
 * The position after a case in the list's order (started_at DESC, case_id DESC): its start to the microsecond, as
 * PostgreSQL holds it, and its id. Opaque to clients (base64url).
 */
interface CasePosition {
  startedAt: string;
  caseId: string;
}

const POSITION = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(.{1,200})$/;

export function encodeCaseCursor(position: CasePosition): string {
  return Buffer.from(`${position.startedAt}|${position.caseId}`, 'utf8').toString('base64url');
}

export function decodeCaseCursor(cursor: string): CasePosition | null {
  const match = POSITION.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || Number.isNaN(Date.parse(match[1]))) return null;
  return { startedAt: match[1], caseId: match[2] };
}

/**
 * Keyset pagination: a page is the cases after the cursor's position in (started_at DESC, case_id DESC), so a walk is
 * stable while cases are written (new cases start later, so they come before the first page; updates keep a case's
 * position): every case that existed when the walk began is seen exactly once. Indexed by
 * `1763800000005-index-case-list`.
 */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, CasePage> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ user, filter }: ListCasesQuery): Promise<CasePage> {
    const after = filter.cursor === undefined ? null : decodeCaseCursor(filter.cursor);
    if (filter.cursor !== undefined && after === null) {
      throw validationError('CURSOR_INVALID', 'cursor tidak valid', [{ field: 'cursor', message: 'cursor tidak valid: gunakan nilai X-Next-Cursor dari halaman sebelumnya' }]);
    }
    if (filter.tenant && !canRead(user, filter.tenant)) throw forbidden('TENANT_NOT_READABLE', `Anda tidak berwenang membaca data dinas ${filter.tenant}`);
    const readable = readableTenantFilter(user);
    // Most users read one dinas: then the scope is a plain equality the list indexes serve; a province's viewer also
    // reads its regencies (a prefix).
    const scope = readable.prefixes.length === 0 ? { sql: 'tenant = ANY($1::text[])', params: [readable.tenants] } : tenantFilterSql(readable, 'tenant', 1);
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
    if (after) {
      params.push(after.startedAt, after.caseId);
      const [at, id] = [`$${params.length - 1}::timestamptz`, `$${params.length}`];
      // A row comparison, so the indexes bound the scan: a page costs the same wherever it is in the list.
      where.push(`(started_at, case_id) < (${at}, ${id})`);
    }
    const limit = filter.limit ?? DEFAULT_CASES_PAGE;
    params.push(limit + 1);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT case_id, tenant, sop_id, version, nomor, nama, unit, reference, origin, status, started_at, completed_at, current_step_key,
              rework_loops, fitness, deviation_count, late_executions,
              to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS started_position
         FROM cases WHERE ${where.join(' AND ')} ORDER BY started_at DESC, case_id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next = rows.length > limit && last ? encodeCaseCursor({ startedAt: last.started_position as string, caseId: last.case_id as string }) : null;
    return { items: page.map(toItem), next };
  }
}

function toItem(r: Record<string, unknown>): CaseListItem {
  return {
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
  };
}
