import { measureAgainstWaktu, type DinasCalendar, type WorkingAmount } from '@jejak/working-time';
import type { IsoInstant } from '../time';
import type { CaseMeasurement } from './case-measurement';
import type { CasePhase } from './case-facts';
import type { DeviationKind } from './deviation';
import { percentiles, type Percentiles } from './nearest-rank';

/** On-time counts over finished executions that have a standard time; `rate` = onTime / measured, null when none. */
export interface Timeliness {
  measured: number;
  onTime: number;
  late: number;
  rate: number | null;
}

export type DeviationCounts = Record<DeviationKind, number>;

export interface StepStats {
  sopId: string;
  version: number;
  stepKey: string;
  index: number;
  no: number;
  kegiatan: string;
  executions: number;
  finished: number;
  noStandard: number;
  timeliness: Timeliness;
  /** Office minutes worked after the due instant, summed over late executions. */
  lateOfficeMinutes: number;
  /** Durations of finished, measured executions. */
  officeMinutes: Percentiles;
  workingDays: Percentiles;
  deviations: DeviationCounts;
  /** Cases in which this step was skipped. */
  casesSkipping: number;
  /** Measured executions of the step that were an outside party's (recorded on its behalf), and their office minutes. */
  external: { executions: number; officeMinutes: number };
}

export interface Bottleneck {
  rank: number;
  sopId: string;
  version: number;
  stepKey: string;
  kegiatan: string;
  late: number;
  measured: number;
  lateRate: number;
  lateOfficeMinutes: number;
  p90OfficeMinutes: number | null;
}

export interface OverdueCase {
  caseId: string;
  sopId: string;
  version: number;
  stepKey: string;
  phase: CasePhase;
  since: IsoInstant;
  due: IsoInstant;
  standard: WorkingAmount;
  overBy: WorkingAmount;
  overByOfficeMinutes: number;
}

export interface CaseAggregates {
  asOf: IsoInstant;
  cases: { started: number; completed: number; cancelled: number; open: number };
  /** Over every measured execution of every step. */
  timeliness: Timeliness;
  /** Start-to-completion of completed cases. */
  caseDurations: { officeMinutes: Percentiles; workingDays: Percentiles };
  steps: StepStats[];
  bottlenecks: Bottleneck[];
  rework: { loops: number; casesWithRework: number };
  /** Mean token-replay fitness of completed cases (full traces); null when none completed. */
  conformance: { completedCases: number; meanFitness: number | null };
  overdue: OverdueCase[];
  /**
   * Working time of every measured execution, the dinas's own apart from the time outside parties (Pemohon, Bank
   * Pelaksana, Kementerian, OSS...) had the case; `casesWithExternalSteps` counts cases with at least one outside step.
   */
  time: { dinasOfficeMinutes: number; externalOfficeMinutes: number; casesWithExternalSteps: number };
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

export const emptyDeviationCounts = (): DeviationCounts => ({
  skipped: 0,
  out_of_order: 0,
  extra: 0,
  not_pelaksana: 0,
  pelaksana_unverified: 0,
  kelengkapan_missing: 0,
  output_missing: 0,
  times_invalid: 0,
});

const timeliness = (onTime: number, late: number): Timeliness => ({
  measured: onTime + late,
  onTime,
  late,
  rate: onTime + late === 0 ? null : round4(onTime / (onTime + late)),
});

/**
 * Open cases whose current step is past its mutu baku waktu as of `asOf`: the step's time runs from the
 * measurement's clock start (see `MeasurementOptions`) to `asOf` in office time. Steps without standard time
 * are never overdue. Sorted by office minutes over, most first, then case id.
 */
export function openCasesOverdue(measurements: readonly CaseMeasurement[], calendar: DinasCalendar, asOf: IsoInstant): OverdueCase[] {
  const overdue: OverdueCase[] = [];
  for (const m of measurements) {
    if (m.status !== 'open' || m.current === null || Date.parse(asOf) < Date.parse(m.current.clockStart)) continue;
    const result = measureAgainstWaktu(calendar, m.current.clockStart, asOf, m.current.waktu);
    if (result.onTime !== false || !result.standard || !result.overBy || !result.due) continue;
    overdue.push({
      caseId: m.caseId,
      sopId: m.sopId,
      version: m.version,
      stepKey: m.current.stepKey,
      phase: m.current.phase,
      since: m.current.clockStart,
      due: result.due.toISOString(),
      standard: result.standard,
      overBy: result.overBy,
      overByOfficeMinutes: result.overByOfficeMinutes ?? 0,
    });
  }
  return overdue.sort((a, b) => b.overByOfficeMinutes - a.overByOfficeMinutes || a.caseId.localeCompare(b.caseId));
}

/**
 * Bottleneck rule: a step is a bottleneck when at least one of its executions was late. Ranked by
 * (1) office minutes worked past the due, summed over its late executions (how much delay it causes), then
 * (2) its late rate, then (3) its 90th-percentile duration in office minutes, then flow order.
 */
export function rankBottlenecks(steps: readonly StepStats[]): Bottleneck[] {
  return steps
    .filter((s) => s.timeliness.late > 0)
    .map((s) => ({
      sopId: s.sopId,
      version: s.version,
      stepKey: s.stepKey,
      kegiatan: s.kegiatan,
      late: s.timeliness.late,
      measured: s.timeliness.measured,
      lateRate: round4(s.timeliness.late / s.timeliness.measured),
      lateOfficeMinutes: s.lateOfficeMinutes,
      p90OfficeMinutes: s.officeMinutes.p90,
      index: s.index,
    }))
    .sort(
      (a, b) =>
        b.lateOfficeMinutes - a.lateOfficeMinutes ||
        b.lateRate - a.lateRate ||
        (b.p90OfficeMinutes ?? 0) - (a.p90OfficeMinutes ?? 0) ||
        a.sopId.localeCompare(b.sopId) ||
        a.version - b.version ||
        a.index - b.index,
    )
    .map(({ index: _index, ...b }, i) => ({ rank: i + 1, ...b }));
}

/**
 * Figures over a set of measured cases (any SOPs; steps are kept apart per SOP id and version).
 * Percentiles are nearest-rank (see `nearestRank`).
 */
export function aggregateCases(measurements: readonly CaseMeasurement[], calendar: DinasCalendar, asOf: IsoInstant): CaseAggregates {
  const byStep = new Map<string, { stats: StepStats; minutes: number[]; days: number[] }>();
  let onTime = 0;
  let late = 0;
  const time = { dinasOfficeMinutes: 0, externalOfficeMinutes: 0, casesWithExternalSteps: 0 };
  for (const m of measurements) {
    // Measurements stored before the split have no `external` on their executions: all of it is the dinas's time.
    let external = false;
    for (const e of m.executions) {
      if (e.external) external = true;
      if (!e.waktu) continue;
      if (e.external) time.externalOfficeMinutes = round4(time.externalOfficeMinutes + e.waktu.duration.officeMinutes);
      else time.dinasOfficeMinutes = round4(time.dinasOfficeMinutes + e.waktu.duration.officeMinutes);
    }
    if (external) time.casesWithExternalSteps += 1;
    for (const s of m.steps) {
      const id = `${m.sopId}\u0000${m.version}\u0000${s.stepKey}`;
      let entry = byStep.get(id);
      if (!entry) {
        entry = {
          stats: {
            sopId: m.sopId,
            version: m.version,
            stepKey: s.stepKey,
            index: s.index,
            no: s.no,
            kegiatan: s.kegiatan,
            executions: 0,
            finished: 0,
            noStandard: 0,
            timeliness: timeliness(0, 0),
            lateOfficeMinutes: 0,
            officeMinutes: percentiles([]),
            workingDays: percentiles([]),
            deviations: emptyDeviationCounts(),
            casesSkipping: 0,
            external: { executions: 0, officeMinutes: 0 },
          },
          minutes: [],
          days: [],
        };
        byStep.set(id, entry);
      }
      const st = entry.stats;
      st.executions += s.executions;
      st.finished += s.finished;
      st.noStandard += s.noStandard;
      st.timeliness = timeliness(st.timeliness.onTime + s.onTime, st.timeliness.late + s.late);
      st.lateOfficeMinutes = round4(st.lateOfficeMinutes + s.lateOfficeMinutes);
      onTime += s.onTime;
      late += s.late;
    }
    for (const e of m.executions) {
      if (!e.waktu) continue;
      const entry = byStep.get(`${m.sopId}\u0000${m.version}\u0000${e.stepKey}`);
      entry?.minutes.push(e.waktu.duration.officeMinutes);
      entry?.days.push(e.waktu.duration.workingDays);
      if (entry && e.external) {
        entry.stats.external.executions += 1;
        entry.stats.external.officeMinutes = round4(entry.stats.external.officeMinutes + e.waktu.duration.officeMinutes);
      }
    }
    for (const d of m.deviations) {
      const entry = byStep.get(`${m.sopId}\u0000${m.version}\u0000${d.stepKey}`);
      if (!entry) continue;
      entry.stats.deviations[d.kind] += 1;
      if (d.kind === 'skipped') entry.stats.casesSkipping += 1;
    }
  }
  const steps = [...byStep.values()]
    .map(({ stats, minutes, days }) => ({ ...stats, officeMinutes: percentiles(minutes), workingDays: percentiles(days) }))
    .sort((a, b) => a.sopId.localeCompare(b.sopId) || a.version - b.version || a.index - b.index);

  const completed = measurements.filter((m) => m.status === 'completed');
  const durations = completed.filter((m) => m.duration !== null).map((m) => m.duration as NonNullable<CaseMeasurement['duration']>);
  return {
    asOf,
    cases: {
      started: measurements.length,
      completed: completed.length,
      cancelled: measurements.filter((m) => m.status === 'cancelled').length,
      open: measurements.filter((m) => m.status === 'open').length,
    },
    timeliness: timeliness(onTime, late),
    caseDurations: { officeMinutes: percentiles(durations.map((d) => d.officeMinutes)), workingDays: percentiles(durations.map((d) => d.workingDays)) },
    steps,
    bottlenecks: rankBottlenecks(steps),
    rework: { loops: measurements.reduce((sum, m) => sum + m.reworkLoops, 0), casesWithRework: measurements.filter((m) => m.reworkLoops > 0).length },
    conformance: {
      completedCases: completed.length,
      meanFitness: completed.length === 0 ? null : round4(completed.reduce((sum, m) => sum + m.conformance.fitness, 0) / completed.length),
    },
    overdue: openCasesOverdue(measurements, calendar, asOf),
    time,
  };
}
