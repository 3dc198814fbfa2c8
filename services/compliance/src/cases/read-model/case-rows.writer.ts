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
  const steps = measurement.executions.map((e) => {
    const w = e.waktu;
    return {
      seq: e.seq, step_key: e.stepKey, no: e.no, kegiatan: e.kegiatan, origin: e.origin, actor_user_id: e.actor.userId, actor_role: e.actor.role,
      actor_name: e.actor.name, decision: e.decision, ready_at: e.readyAt, started_at: e.startedAt, finished_at: e.finishedAt, clock_start: e.clockStart,
      standard_amount: w?.standard?.amount ?? null, standard_unit: w?.standard?.unit ?? null, actual_amount: w?.actual.amount ?? null,
      actual_unit: w?.actual.unit ?? null, on_time: w?.onTime ?? null, over_by_amount: w?.overBy?.amount ?? null,
      over_by_office_minutes: w?.overByOfficeMinutes ?? null, office_minutes: w?.duration.officeMinutes ?? null,
      working_days: w?.duration.workingDays ?? null, in_role: e.inRole, kelengkapan_missing: e.kelengkapanMissing, output_produced: e.outputProduced, fit: e.fit,
    };
  });
  if (steps.length > 0) {
    await m.query(
      `INSERT INTO case_steps (case_id, seq, step_key, no, kegiatan, origin, actor_user_id, actor_role, actor_name, decision, ready_at, started_at,
          finished_at, clock_start, standard_amount, standard_unit, actual_amount, actual_unit, on_time, over_by_amount, over_by_office_minutes,
          office_minutes, working_days, in_role, kelengkapan_missing, output_produced, fit)
       SELECT $1, x.* FROM jsonb_to_recordset($2::jsonb) AS x(seq int, step_key text, no int, kegiatan text, origin text, actor_user_id text,
          actor_role text, actor_name text, decision text, ready_at timestamptz, started_at timestamptz, finished_at timestamptz,
          clock_start timestamptz, standard_amount double precision, standard_unit text, actual_amount double precision, actual_unit text,
          on_time boolean, over_by_amount double precision, over_by_office_minutes double precision, office_minutes double precision,
          working_days double precision, in_role boolean, kelengkapan_missing jsonb, output_produced boolean, fit text)`,
      [c.caseId, JSON.stringify(steps)],
    );
  }
  const deviations = measurement.deviations.map((d, i) => {
    const { kind, stepKey, ...detail } = d;
    return { n: i + 1, kind, step_key: stepKey, seq: 'seq' in d ? d.seq : null, detail };
  });
  if (deviations.length > 0) {
    await m.query(
      `INSERT INTO case_deviations (case_id, n, kind, step_key, seq, detail)
       SELECT $1, x.* FROM jsonb_to_recordset($2::jsonb) AS x(n int, kind text, step_key text, seq int, detail jsonb)`,
      [c.caseId, JSON.stringify(deviations)],
    );
  }
}
