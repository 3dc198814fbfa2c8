import type { DinasCalendar } from '@jejak/working-time';
import type { EntityManager } from 'typeorm';
import { localDateOf } from '../../calendars/local-date';
import type { CaseFacts, CaseMeasurement, CaseStarted } from '../../domain';

/** What the projection knows of one case between batches: its row's identity and its events. */
export interface ProjectedCase {
  caseId: string;
  tenant: string;
  started: CaseStarted['data'];
  /** The case's events; CaseStarted without its content (kept once per SOP version in `case_sop_contents`). */
  events: Array<{ type: string; data: unknown }>;
}

/** Writes the case row, its step executions and its deviations (replacing what was there). */
export async function writeCaseRows(
  m: EntityManager,
  c: ProjectedCase,
  facts: CaseFacts,
  measurement: CaseMeasurement,
  calendar: DinasCalendar,
): Promise<void> {
  const s = c.started;
  const identity = s.content.identity;
  const late = measurement.executions.filter((e) => e.waktu?.onTime === false).length;
  await m.query(
    `INSERT INTO cases (case_id, tenant, sop_id, version, nomor, nama, unit, reference, origin, source, status, started_at, started_date,
        completed_at, cancelled_at, rework_loops, fitness, current_step_key, current_phase, current_since, deviation_count, late_executions,
        events, measurement)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24)
     ON CONFLICT (case_id) DO UPDATE SET status = $11, completed_at = $14, cancelled_at = $15, rework_loops = $16, fitness = $17,
        current_step_key = $18, current_phase = $19, current_since = $20, deviation_count = $21, late_executions = $22,
        started_date = $13, events = $23, measurement = $24`,
    [
      c.caseId, c.tenant, s.sopId, s.version, identity.nomor, identity.nama, identity.unit, s.reference ?? null, s.origin, s.source,
      facts.status, facts.startedAt, localDateOf(facts.startedAt, calendar), facts.completedAt, facts.cancelledAt, facts.reworkLoops,
      measurement.conformance.fitness, measurement.current?.stepKey ?? null, measurement.current?.phase ?? null,
      measurement.current?.clockStart ?? null, measurement.deviations.length, late, JSON.stringify(c.events), JSON.stringify(measurement),
    ],
  );
  await m.query(`DELETE FROM case_steps WHERE case_id = $1`, [c.caseId]);
  await m.query(`DELETE FROM case_deviations WHERE case_id = $1`, [c.caseId]);
  for (const e of measurement.executions) {
    const w = e.waktu;
    await m.query(
      `INSERT INTO case_steps (case_id, seq, step_key, no, kegiatan, origin, actor_user_id, actor_role, actor_name, decision, ready_at,
          started_at, finished_at, clock_start, standard_amount, standard_unit, actual_amount, actual_unit, on_time, over_by_amount,
          over_by_office_minutes, office_minutes, working_days, in_role, kelengkapan_missing, output_produced, fit)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27)`,
      [
        c.caseId, e.seq, e.stepKey, e.no, e.kegiatan, e.origin, e.actor.userId, e.actor.role, e.actor.name, e.decision, e.readyAt,
        e.startedAt, e.finishedAt, e.clockStart, w?.standard?.amount ?? null, w?.standard?.unit ?? null, w?.actual.amount ?? null,
        w?.actual.unit ?? null, w?.onTime ?? null, w?.overBy?.amount ?? null, w?.overByOfficeMinutes ?? null, w?.duration.officeMinutes ?? null,
        w?.duration.workingDays ?? null, e.inRole, JSON.stringify(e.kelengkapanMissing), e.outputProduced, e.fit,
      ],
    );
  }
  for (const [n, d] of measurement.deviations.entries()) {
    const { kind, stepKey, ...detail } = d;
    await m.query(`INSERT INTO case_deviations (case_id, n, kind, step_key, seq, detail) VALUES ($1, $2, $3, $4, $5, $6)`, [
      c.caseId, n + 1, kind, stepKey, 'seq' in d ? d.seq : null, JSON.stringify(detail),
    ]);
  }
}
