import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import { DataSource } from 'typeorm';
import { projectedCalendarOf } from '../../../calendars/read-model/dinas-calendar.projection';
import { openCasesOverdue, type CaseMeasurement, type OverdueCase } from '../../../domain';
import { GetCaseQuery } from './get-case.query';

export interface CaseView {
  caseId: string;
  tenant: string;
  sop: { sopId: string; version: number; nomor: string | null; nama: string; unit: string };
  reference: string | null;
  origin: string;
  source: string | null;
  status: string;
  startedAt: string;
  completedAt: string | null;
  cancelledAt: string | null;
  reworkLoops: number;
  /** Per execution and per step: working time against the mutu baku, on time or late and by how much; deviations; conformance. */
  measurement: CaseMeasurement;
  /** The current step, when the case is open and past its mutu baku waktu now. */
  overdue: OverdueCase | null;
}

interface CaseRow {
  case_id: string; tenant: string; sop_id: string; version: number; nomor: string | null; nama: string; unit: string; reference: string | null;
  origin: string; source: string | null; status: string; started_at: Date; completed_at: Date | null; cancelled_at: Date | null; rework_loops: number;
  measurement: CaseMeasurement;
}

@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery, CaseView> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, caseId }: GetCaseQuery): Promise<CaseView> {
    const rows: CaseRow[] = await this.dataSource.query(`SELECT * FROM cases WHERE case_id = $1`, [caseId]);
    const row = rows[0];
    // Another dinas's case is reported as not found, so its existence does not leak.
    if (!row || !canRead(user, row.tenant)) throw notFound('CASE_NOT_FOUND', `Kasus ${caseId} tidak ditemukan`);
    const calendar = await projectedCalendarOf(this.dataSource, row.tenant);
    const [overdue] = openCasesOverdue([row.measurement], calendar, this.clock.now().toISOString());
    return {
      caseId: row.case_id,
      tenant: row.tenant,
      sop: { sopId: row.sop_id, version: row.version, nomor: row.nomor, nama: row.nama, unit: row.unit },
      reference: row.reference,
      origin: row.origin,
      source: row.source,
      status: row.status,
      startedAt: row.started_at.toISOString(),
      completedAt: row.completed_at?.toISOString() ?? null,
      cancelledAt: row.cancelled_at?.toISOString() ?? null,
      reworkLoops: row.rework_loops,
      measurement: row.measurement,
      overdue: overdue ?? null,
    };
  }
}
