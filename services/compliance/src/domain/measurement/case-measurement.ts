import type { SopContent, Waktu } from '@jejak/contracts';
import { measureAgainstWaktu, standardOf, workingDuration, type DinasCalendar, type WaktuMeasurement, type WorkingAmount, type WorkingDuration } from '@jejak/working-time';
import { buildSopFlow, type DecisionAnswer, type FlowStep } from '../flow/sop-flow';
import { stepLanesOf, type CaseLanes } from '../case/case-lanes';
import { isPelaksana, pelaksanaOf, type RoleMapping } from '../roles/role-mapping';
import { DEFAULT_ROLE_MAPPING } from '../roles/role-mapping.defaults';
import type { IsoInstant } from '../time';
import type { CaseFacts, CasePhase, StepExecutionFact } from './case-facts';
import { replayCase, type ConformanceResult, type ExecutionFit } from './conformance.replay';
import type { Deviation } from './deviation';

export interface MeasurementOptions {
  /**
   * When a step's time starts:
   * - 'ready' (default): when the step became available to its pelaksana (the previous step finished, or the case
   *   started). Time waiting in someone's in-tray counts, as the SOP's waktu is what the public waits for.
   * - 'started': when the pelaksana pressed "start" (StartStep); a historical record without a start falls back to 'ready'.
   */
  clockStartsAt: 'ready' | 'started';
}

export const DEFAULT_MEASUREMENT_OPTIONS: MeasurementOptions = { clockStartsAt: 'ready' };

export interface ExecutionMeasurement {
  seq: number;
  stepKey: string;
  procedureIndex: number;
  no: number;
  kegiatan: string;
  origin: 'live' | 'historical';
  actor: StepExecutionFact['actor'];
  decision: DecisionAnswer | null;
  readyAt: IsoInstant;
  startedAt: IsoInstant | null;
  /** Completion; for a live decision step, the decision. null while unfinished. */
  finishedAt: IsoInstant | null;
  /** Where the step's time was measured from (see `MeasurementOptions`). */
  clockStart: IsoInstant;
  /** null while unfinished, or when the recorded times run backwards. */
  waktu: WaktuMeasurement | null;
  /** null when it cannot be told (role not recorded, or the step's pelaksana map to no platform role). */
  inRole: boolean | null;
  kelengkapanMissing: string[];
  outputProduced: boolean | null;
  /** null while unfinished (not replayed). */
  fit: ExecutionFit | null;
  /** An outside party's step recorded on its behalf (its time is external time, not the dinas's); null for the dinas's own. */
  external: StepExecutionFact['external'];
}

/**
 * Working time of a case split by who had the case: the dinas's own steps, and steps of outside parties (Pemohon,
 * Bank Pelaksana, Kementerian, OSS...) recorded on their behalf. Sums of the finished executions' measured office minutes.
 */
export interface TimeSplit {
  dinasOfficeMinutes: number;
  externalOfficeMinutes: number;
  /** Finished executions in each part. */
  dinasExecutions: number;
  externalExecutions: number;
}

/** One SOP step over all of a case's executions of it. */
export interface StepResult {
  stepKey: string;
  procedureIndex: number;
  /** Position in the flow, from 0. */
  index: number;
  no: number;
  kegiatan: string;
  pelaksana: string[];
  waktu: Waktu;
  standard: WorkingAmount | null;
  executions: number;
  finished: number;
  onTime: number;
  late: number;
  /** Finished executions of a step without standard time. */
  noStandard: number;
  officeMinutes: number;
  lateOfficeMinutes: number;
  /** The step belongs to outside parties only (recorded on their behalf). */
  external: boolean;
}

export interface CaseMeasurement {
  caseId: string;
  sopId: string;
  version: number;
  status: CaseFacts['status'];
  startedAt: IsoInstant;
  completedAt: IsoInstant | null;
  cancelledAt: IsoInstant | null;
  /** Start to completion, for completed cases. */
  duration: WorkingDuration | null;
  executions: ExecutionMeasurement[];
  steps: StepResult[];
  deviations: Deviation[];
  reworkLoops: number;
  conformance: ConformanceResult;
  /** Dinas time and external time apart; absent in measurements stored before the split (read as all dinas time). */
  time: TimeSplit;
  /** Where an open case stands, with the step's waktu, to tell overdue cases (see `openCasesOverdue`). */
  current: { stepKey: string; phase: CasePhase; clockStart: IsoInstant; waktu: Waktu } | null;
}

export interface MeasureCaseInput {
  facts: CaseFacts;
  /** The SOP content the case pinned (its version's snapshot). */
  content: SopContent;
  calendar: DinasCalendar;
  roleMapping?: RoleMapping;
  options?: Partial<MeasurementOptions>;
}

const ms = (instant: IsoInstant) => Date.parse(instant);
const normaliseItem = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function inRoleOf(
  mapping: RoleMapping,
  lanes: CaseLanes,
  step: FlowStep,
  e: StepExecutionFact,
): { inRole: boolean | null; unverified: 'role_not_recorded' | 'pelaksana_unmapped' | null } {
  const role = e.actor.role;
  const kind = stepLanesOf(mapping, lanes, step.step);
  if (kind.kind === 'team') {
    if (kind.teams.some((t) => t.members.some((m) => m.userId === e.actor.userId))) return { inRole: true, unverified: null };
    const others = kind.others.length > 0 ? pelaksanaOf(mapping, { pelaksana: kind.others }) : null;
    if (others !== null && others.kind !== 'unmapped' && role !== null) return { inRole: others.roles.includes(role), unverified: null };
    return { inRole: false, unverified: null };
  }
  // An outside party's step, recorded on its behalf by the dinas: the party did it.
  if (kind.kind === 'external' && e.external !== null) return { inRole: true, unverified: null };
  const pelaksana = pelaksanaOf(mapping, step.step);
  if (pelaksana.kind === 'unmapped') return { inRole: null, unverified: 'pelaksana_unmapped' };
  if (role === null) return { inRole: null, unverified: 'role_not_recorded' };
  return { inRole: isPelaksana(pelaksana, role), unverified: null };
}

/**
 * Measures one case against its SOP: every step execution's working time against the step's mutu baku waktu,
 * the deviations (skipped, out of order, extra, executed by a role not among the step's pelaksana, missing
 * kelengkapan or output, rework loops) and the token-replay conformance on the SOP's flowchart.
 * Executions are taken in the order they happened (start, else completion; ties by recording order).
 */
export function measureCase(input: MeasureCaseInput): CaseMeasurement {
  const { facts, content, calendar } = input;
  const mapping = input.roleMapping ?? DEFAULT_ROLE_MAPPING;
  const options = { ...DEFAULT_MEASUREMENT_OPTIONS, ...input.options };
  const flow = buildSopFlow(content, facts.procedureIndexes);

  const happenedAt = (e: StepExecutionFact) => ms(e.startedAt ?? e.completedAt ?? '9999-12-31T00:00:00Z');
  const ordered = [...facts.executions].sort((a, b) => happenedAt(a) - happenedAt(b) || a.seq - b.seq);

  const finishedAtOf = (e: StepExecutionFact, step: FlowStep): IsoInstant | null =>
    e.origin === 'live' && step.step.decision !== null ? e.decidedAt : e.completedAt;

  const finished = ordered.filter((e) => {
    const step = flow.get(e.stepKey);
    return step !== undefined && finishedAtOf(e, step) !== null;
  });
  const waitingAt = facts.status === 'open' ? (facts.current?.stepKey ?? null) : facts.status === 'cancelled' ? facts.cancelledAtStepKey : null;
  const conformance = replayCase(
    flow,
    finished.map((e) => ({ seq: e.seq, stepKey: e.stepKey, decision: e.decision })),
    facts.status === 'completed',
    waitingAt,
  );

  /** Live: as recorded on behalf of the party. From paper or another service: a step whose lanes are all outside parties. */
  const externalOf = (e: StepExecutionFact, step: FlowStep): ExecutionMeasurement['external'] => {
    if (e.external !== null) return { lanes: [...e.external.lanes], evidence: e.external.evidence === null ? null : { ...e.external.evidence } };
    if (e.origin !== 'historical') return null;
    const lanes = stepLanesOf(mapping, facts.lanes, step.step);
    return lanes.kind === 'external' ? { lanes: [...lanes.lanes], evidence: e.documentRef === null ? null : { reference: e.documentRef, documentId: null } } : null;
  };

  const deviations: Deviation[] = [];
  const executions: ExecutionMeasurement[] = [];
  let previousFinish = ms(facts.startedAt);
  for (const e of ordered) {
    const step = flow.get(e.stepKey);
    if (!step) continue;
    const finishedAt = finishedAtOf(e, step);
    const own = e.startedAt ?? e.completedAt;
    const readyMs = own === null ? previousFinish : Math.min(previousFinish, ms(own));
    const readyAt = new Date(readyMs).toISOString();
    const clockStart = options.clockStartsAt === 'started' && e.startedAt !== null ? e.startedAt : readyAt;
    let waktu: WaktuMeasurement | null = null;
    const timesInvalid = finishedAt !== null && ms(finishedAt) < ms(clockStart);
    if (finishedAt !== null && !timesInvalid) waktu = measureAgainstWaktu(calendar, clockStart, finishedAt, step.step.mutuBaku.waktu);
    if (finishedAt !== null) previousFinish = Math.max(previousFinish, ms(finishedAt));

    const role = inRoleOf(mapping, facts.lanes, step, e);
    const checked = e.kelengkapanChecked === null ? null : new Set(e.kelengkapanChecked.map(normaliseItem));
    const kelengkapanMissing = checked === null ? [] : step.step.mutuBaku.kelengkapan.filter((k) => !checked.has(normaliseItem(k)));
    const fit = finishedAt === null ? null : (conformance.fit[e.seq] ?? null);

    const at = { stepKey: e.stepKey, seq: e.seq };
    if (fit === 'out_of_order') deviations.push({ kind: 'out_of_order', ...at });
    if (fit === 'extra') deviations.push({ kind: 'extra', ...at });
    if (role.inRole === false && e.actor.role !== null) deviations.push({ kind: 'not_pelaksana', ...at, role: e.actor.role, pelaksana: [...step.step.pelaksana] });
    if (role.unverified !== null) deviations.push({ kind: 'pelaksana_unverified', ...at, reason: role.unverified });
    if (kelengkapanMissing.length > 0) deviations.push({ kind: 'kelengkapan_missing', ...at, missing: kelengkapanMissing });
    if (e.outputProduced === false) deviations.push({ kind: 'output_missing', ...at });
    if (timesInvalid) deviations.push({ kind: 'times_invalid', ...at });

    executions.push({
      seq: e.seq,
      stepKey: e.stepKey,
      procedureIndex: step.procedureIndex,
      no: step.step.no,
      kegiatan: step.step.kegiatan,
      origin: e.origin,
      actor: { ...e.actor },
      decision: e.decision,
      readyAt,
      startedAt: e.startedAt,
      finishedAt,
      clockStart,
      waktu,
      inRole: role.inRole,
      kelengkapanMissing,
      outputProduced: e.outputProduced,
      fit,
      external: externalOf(e, step),
    });
  }
  for (const stepKey of conformance.skipped) deviations.push({ kind: 'skipped', stepKey });

  const steps: StepResult[] = flow.steps.map((s) => {
    const mine = executions.filter((e) => e.stepKey === s.key);
    const measured = mine.filter((e) => e.waktu !== null).map((e) => e.waktu as WaktuMeasurement);
    return {
      stepKey: s.key,
      procedureIndex: s.procedureIndex,
      index: s.index,
      no: s.step.no,
      kegiatan: s.step.kegiatan,
      pelaksana: [...s.step.pelaksana],
      waktu: s.step.mutuBaku.waktu,
      standard: standardOf(s.step.mutuBaku.waktu),
      executions: mine.length,
      finished: mine.filter((e) => e.finishedAt !== null).length,
      onTime: measured.filter((w) => w.onTime === true).length,
      late: measured.filter((w) => w.onTime === false).length,
      noStandard: measured.filter((w) => w.onTime === null).length,
      officeMinutes: measured.reduce((sum, w) => sum + w.duration.officeMinutes, 0),
      lateOfficeMinutes: measured.reduce((sum, w) => sum + (w.overByOfficeMinutes ?? 0), 0),
      external: stepLanesOf(mapping, facts.lanes, s.step).kind === 'external',
    };
  });

  const time: TimeSplit = { dinasOfficeMinutes: 0, externalOfficeMinutes: 0, dinasExecutions: 0, externalExecutions: 0 };
  for (const e of executions) {
    if (e.waktu === null) continue;
    if (e.external !== null) {
      time.externalOfficeMinutes += e.waktu.duration.officeMinutes;
      time.externalExecutions += 1;
    } else {
      time.dinasOfficeMinutes += e.waktu.duration.officeMinutes;
      time.dinasExecutions += 1;
    }
  }

  const current =
    facts.status === 'open' && facts.current !== null
      ? {
          stepKey: facts.current.stepKey,
          phase: facts.current.phase,
          clockStart: options.clockStartsAt === 'started' && facts.current.startedAt !== null ? facts.current.startedAt : facts.current.readySince,
          waktu: flow.get(facts.current.stepKey)?.step.mutuBaku.waktu ?? { raw: '', min: null, max: null, unit: null, ceiling: false },
        }
      : null;

  const duration =
    facts.status === 'completed' && facts.completedAt !== null && ms(facts.completedAt) >= ms(facts.startedAt)
      ? workingDuration(calendar, facts.startedAt, facts.completedAt)
      : null;

  return {
    caseId: facts.caseId,
    sopId: facts.sopId,
    version: facts.version,
    status: facts.status,
    startedAt: facts.startedAt,
    completedAt: facts.completedAt,
    cancelledAt: facts.cancelledAt,
    duration,
    executions,
    steps,
    deviations,
    reworkLoops: facts.reworkLoops,
    conformance,
    time,
    current,
  };
}
