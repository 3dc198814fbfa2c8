import type { SopStep } from '@jejak/contracts';
import type { Decider } from '@jejak/domain-kit';
import { standardOf, type WorkingAmount } from '@jejak/working-time';
import {
  buildSopFlow,
  pelaksanaOf,
  PLATFORM_ROLES,
  type Actor,
  type ActorRef,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type DecisionAnswer,
  type FlowStep,
  type PlatformRole,
  type RoleMapping,
  type SopFlow,
} from '../../src/domain';
import type { OfficeClock } from './office-clock';
import type { Prng } from './prng';
import type { SimulatedSop } from './seed-sops';
import type { DinasProfile } from './simulation.config';

/**
 * One simulated case: a plan of its step executions in working time (pure timing, driven by the step's mutu baku
 * waktu and the dinas's behaviour), then the commands that carry it out, each decided by the case decider so every
 * event is one the real aggregate would have produced.
 */

/** A command the case decider accepted, with the instant it was recorded and who issued it. */
export interface CaseCommit {
  /** Epoch ms when it was recorded: the log's order and the events' recordedAt. Never decreases within a case. */
  at: number;
  /** The case stream's revision before the commit (-1: the case is new). */
  expectedRevision: number;
  issuer: ActorRef;
  command: CaseCommand['type'];
  events: CaseEvent[];
}

export interface CasePlanInput {
  caseId: string;
  tenant: string;
  sop: SimulatedSop;
  /** The procedure a multi-procedure SOP runs this time (0-based); null runs all. */
  procedureIndex: number | null;
  /** When the case arrives (epoch ms, in office hours). */
  startAt: number;
  /** The dinas's calendar, precompiled. */
  clock: OfficeClock;
  mapping: RoleMapping;
  decider: Decider<CaseCommand, CaseEvent, CaseState>;
  profile: DinasProfile;
  staff: Readonly<Record<PlatformRole, number>>;
  /** Steps (keys) that are chronically late in this dinas. */
  bottlenecks: ReadonlySet<string>;
  /** For a case run on paper: when its record is entered into Jejak (epoch ms). Null for a live case. */
  importAt: number | null;
  /** Where the paper record is, e.g. "Buku Agenda 2025, hlm. 14". */
  paperSource: string;
  /** Nothing is recorded after this instant (epoch ms): the case stays open. */
  asOf: number;
  rng: Prng;
}

export interface CaseOutcome {
  commits: CaseCommit[];
  status: 'completed' | 'cancelled' | 'open';
  origin: 'live' | 'historical';
  /** Steps recorded from paper / executed live. */
  paperSteps: number;
  liveSteps: number;
  reworkLoops: number;
}

interface PlannedExecution {
  step: FlowStep;
  actor: ActorRef;
  startAt: number;
  completeAt: number;
  decision: DecisionAnswer | null;
  /** For decision steps: when the decision was taken (a few minutes after the work). */
  decidedAt: number | null;
  kelengkapanChecked: string[];
  outputProduced: boolean;
  documentRef: string | null;
  late: boolean;
}

type PlanEnd = { kind: 'completed' } | { kind: 'cancelled'; at: number; reason: string; actor: ActorRef } | { kind: 'stuck' };

const CANCEL_REASONS = [
  'Pemohon mengundurkan diri',
  'Berkas tidak dilengkapi pemohon dalam batas waktu',
  'Kegiatan dibatalkan karena anggaran dialihkan',
  'Permohonan ganda, sudah diproses pada agenda lain',
  'Pemohon tidak dapat dihubungi',
];

const add = (clock: OfficeClock, from: number, amount: WorkingAmount): number => {
  if (amount.amount <= 0) return from;
  const due = clock.add(from, amount);
  // A step that takes calendar months ("1 bulan") is not finished on a Sunday: the next opening.
  return amount.unit === 'bulan' ? clock.snap(due) : due;
};

const addMinutes = (clock: OfficeClock, from: number, minutes: number): number => add(clock, from, { amount: minutes, unit: 'menit' });

/** One user per role works a given case (the Kasi who holds the file, ...), chosen from the dinas's staff. */
function caseTeam(tenant: string, staff: Readonly<Record<PlatformRole, number>>, rng: Prng): Record<PlatformRole, string> {
  const team = {} as Record<PlatformRole, string>;
  for (const role of PLATFORM_ROLES) team[role] = `${tenant}-${role.toLowerCase().replace(/_/g, '-')}-${rng.int(1, Math.max(1, staff[role]))}`;
  return team;
}

/** The role a step is executed in: its first mapped pelaksana mostly, another one sometimes; any staff role when none is named. */
function executorRole(step: SopStep, mapping: RoleMapping, rng: Prng): PlatformRole {
  const pelaksana = pelaksanaOf(mapping, step);
  switch (pelaksana.kind) {
    case 'any_staff':
      return rng.weighted<PlatformRole>([
        ['STAF', 0.7],
        ['PETUGAS', 0.2],
        ['KASI', 0.1],
      ]);
    case 'roles':
      return pelaksana.roles.length === 1 || rng.chance(0.75) ? pelaksana.roles[0] : rng.pick(pelaksana.roles.slice(1));
    case 'unmapped':
      throw new Error(`step "${step.kegiatan}": pelaksana ${pelaksana.unmapped.join(', ')} map to no role; extend the simulation role mapping`);
  }
}

/** How long the step takes from the moment it is ready, in the unit of its standard (office minutes when it has none). */
function stepDuration(step: SopStep, late: boolean, rng: Prng): WorkingAmount {
  const standard = standardOf(step.mutuBaku.waktu);
  if (!standard) return { amount: Math.round(Math.min(900, Math.max(10, rng.logNormal(90, 0.6)))), unit: 'menit' };
  const { min } = step.mutuBaku.waktu;
  let ratio: number;
  if (late) ratio = 1 + Math.min(3, Math.max(0.04, rng.logNormal(0.35, 0.8)));
  else {
    const centre = min !== null && min < standard.amount ? (min + standard.amount) / 2 / standard.amount : 0.55;
    ratio = Math.min(0.97, Math.max(0.08, rng.logNormal(centre, 0.35)));
  }
  const amount = standard.amount * ratio;
  // Minutes and hours are whole office minutes; days and months keep their fraction.
  if (standard.unit === 'menit') return { amount: Math.max(1, Math.round(amount)), unit: 'menit' };
  if (standard.unit === 'jam') return { amount: Math.max(1, Math.round(amount * 60)), unit: 'menit' };
  return { amount: Math.round(amount * 1000) / 1000, unit: standard.unit };
}

/**
 * The decision's answer: "tidak" loops back (rework, rarer each time) or jumps forward. A branch the SOP names no step
 * for is missing, never the end (the case engine refuses that answer): only an existing branch is taken, and a
 * decision whose "ya" leads nowhere cannot be answered at all (`null`: the case stays standing there).
 */
function decide(flow: SopFlow, step: FlowStep, loops: number, profile: DinasProfile, rng: Prng): DecisionAnswer | null {
  const tidak = flow.next(step.key, 'tidak');
  const ya = flow.next(step.key, 'ya');
  if (ya === null) return null;
  if (tidak === null || tidak === ya) return 'ya';
  if (flow.isLoopBack(step.key, tidak)) return loops < 3 && rng.chance(profile.reworkRate * 0.5 ** loops) ? 'tidak' : 'ya';
  return rng.chance(0.1) ? 'tidak' : 'ya';
}

function documentRefOf(step: SopStep, tenant: string, at: number, rng: Prng): string | null {
  if (!/\b(surat|sk|nota|undangan|laporan|berita acara|rekomendasi|sertifikat)\b/i.test(step.mutuBaku.output)) return null;
  const year = new Date(at).getUTCFullYear();
  return `500.3/${String(rng.int(1, 2999)).padStart(4, '0')}/${tenant}/${year}`;
}

function plan(input: CasePlanInput, flow: SopFlow, team: Record<PlatformRole, string>): { executions: PlannedExecution[]; end: PlanEnd; loops: number } {
  const { clock, profile, rng } = input;
  const executions: PlannedExecution[] = [];
  const totalSteps = flow.steps.length;
  const cancelAt = rng.chance(profile.cancelRate) ? rng.int(0, totalSteps - 1) : -1;
  const stuckAt = cancelAt < 0 && rng.chance(profile.stuckRate) ? rng.int(1, totalSteps - 1) : -1;
  let key: string | null = flow.first.key;
  let readyAt = input.startAt;
  let loops = 0;
  for (let n = 0; key !== null && n < 500; n += 1) {
    const step = flow.get(key) as FlowStep;
    if (step.index === cancelAt && executions.length === step.index) {
      const role = rng.pick<PlatformRole>(['KASI', 'STAF', 'KEPALA_BIDANG']);
      const at = add(clock, readyAt, { amount: rng.between(0.2, 4), unit: 'hari' });
      return { executions, end: { kind: 'cancelled', at, reason: rng.pick(CANCEL_REASONS), actor: { userId: team[role], role } }, loops };
    }
    if (step.index === stuckAt && executions.length === step.index) return { executions, end: { kind: 'stuck' }, loops };
    const answer = step.step.decision !== null ? decide(flow, step, loops, profile, rng) : null;
    if (step.step.decision !== null && answer === null) return { executions, end: { kind: 'stuck' }, loops };
    const lateRate = input.bottlenecks.has(step.key) ? Math.min(0.9, profile.lateRate * 3) : profile.lateRate;
    const late = rng.chance(lateRate);
    const duration = stepDuration(step.step, late, rng);
    const completeAt = add(clock, readyAt, duration);
    const startAt = Math.min(completeAt, add(clock, readyAt, { amount: duration.amount * rng.between(0, 0.3), unit: duration.unit }));
    const role = executorRole(step.step, input.mapping, rng);
    const kelengkapan = step.step.mutuBaku.kelengkapan;
    const missing = kelengkapan.length > 0 && rng.chance(profile.kelengkapanMissRate) ? rng.pick(kelengkapan) : null;
    const decidedAt = answer !== null ? addMinutes(clock, completeAt, rng.int(0, 15)) : null;
    executions.push({
      step,
      actor: { userId: team[role], role },
      startAt,
      completeAt,
      decision: answer,
      decidedAt,
      kelengkapanChecked: kelengkapan.filter((item) => item !== missing),
      outputProduced: !rng.chance(profile.outputMissRate),
      documentRef: documentRefOf(step.step, input.tenant, completeAt, rng),
      late,
    });
    const next = flow.next(key, answer);
    if (answer !== null && next !== null && flow.isLoopBack(key, next)) loops += 1;
    key = next;
    readyAt = decidedAt ?? completeAt;
  }
  return { executions, end: { kind: 'completed' }, loops };
}

/** Runs commands through the decider, recording each accepted one; stops (the case stays open) past `asOf`. */
class CaseLog {
  private state: CaseState;
  private revision = -1;
  private last = Number.NEGATIVE_INFINITY;
  readonly commits: CaseCommit[] = [];
  stopped = false;

  constructor(
    private readonly decider: Decider<CaseCommand, CaseEvent, CaseState>,
    private readonly asOf: number,
  ) {
    this.state = decider.initialState();
  }

  get lastAt(): number {
    return this.last;
  }

  get stage(): CaseState['stage'] {
    return this.state.stage;
  }

  /** `build` receives the recording instant (never before the previous commit's). */
  issue(at: number, issuer: ActorRef, build: (at: string) => CaseCommand): boolean {
    if (this.stopped) return false;
    const when = Math.max(at, this.last);
    if (when > this.asOf) {
      this.stopped = true;
      return false;
    }
    const command = build(new Date(when).toISOString());
    const events = this.decider.decide(command, this.state);
    this.state = events.reduce((s, e) => this.decider.evolve(s, e), this.state);
    this.commits.push({ at: when, expectedRevision: this.revision, issuer, command: command.type, events });
    this.revision += events.length;
    this.last = when;
    return true;
  }
}

const asActor = (ref: ActorRef): Actor => ({ userId: ref.userId, roles: [ref.role] });

/** Paper records: who is written down as having done the step (sometimes someone else, sometimes nobody). */
function paperExecutor(execution: PlannedExecution, input: CasePlanInput, team: Record<PlatformRole, string>) {
  const { rng, profile } = input;
  if (rng.chance(profile.paperRoleUnknownRate)) return { userId: null, role: null, name: rng.pick(['Staf', 'Petugas', 'Ybs.', 'Bagian Umum']) };
  if (rng.chance(profile.paperOutOfRoleRate)) {
    const pelaksana = pelaksanaOf(input.mapping, execution.step.step);
    const allowed = pelaksana.kind === 'unmapped' ? [] : pelaksana.roles;
    const others = PLATFORM_ROLES.filter((r) => !allowed.includes(r) && r !== 'KEPALA_DINAS');
    if (others.length > 0) {
      const role = rng.pick(others);
      return { userId: team[role], role, name: null };
    }
  }
  return { userId: execution.actor.userId, role: execution.actor.role, name: null };
}

/** Simulates one case and returns the commands the decider accepted, in order. */
export function simulateCase(input: CasePlanInput): CaseOutcome {
  const { rng, clock } = input;
  const office = (from: number, minutes: number) => addMinutes(clock, from, minutes);
  const flow = buildSopFlow(input.sop.content, input.procedureIndex === null ? null : [input.procedureIndex]);
  const team = caseTeam(input.tenant, input.staff, rng.fork('team'));
  const { executions, end, loops } = plan(input, flow, team);
  const log = new CaseLog(input.decider, input.asOf);
  const pinned = { sopId: input.sop.sopId, version: input.sop.version, content: input.sop.content };
  const clerk: ActorRef = { userId: team.STAF, role: 'STAF' };
  let paperSteps = 0;
  let liveSteps = 0;

  // The paper part: every execution finished before the import is entered from the agenda book.
  let firstLive = 0;
  if (input.importAt !== null) {
    const importAt = input.importAt;
    const finished = (e: PlannedExecution) => (e.decidedAt ?? e.completeAt) <= importAt;
    while (firstLive < executions.length && finished(executions[firstLive])) firstLive += 1;
    const closedOnPaper = firstLive === executions.length && end.kind === 'completed';
    // Skips and swaps only on cases closed on paper, so a case that goes on live continues where the flow expects.
    const order = executions.slice(0, firstLive).map((e, i) => ({ e, i }));
    const skippable = (i: number) => closedOnPaper && i > 0 && i < order.length - 1 && order[i].e.step.step.decision === null;
    const recorded = order.filter(({ i }) => !(skippable(i) && rng.chance(input.profile.paperSkipRate)));
    for (let k = 0; closedOnPaper && k + 2 < recorded.length; k += 1) {
      const [a, b] = [recorded[k], recorded[k + 1]];
      if (a.e.step.step.decision === null && b.e.step.step.decision === null && rng.chance(input.profile.paperSwapRate)) {
        recorded[k] = b;
        recorded[k + 1] = a;
        k += 1;
      }
    }
    let at = importAt;
    log.issue(at, clerk, (now) => ({
      type: 'StartCase',
      caseId: input.caseId,
      sop: pinned,
      procedureIndex: input.procedureIndex,
      origin: { kind: 'historical', startedAt: new Date(input.startAt).toISOString(), source: input.paperSource },
      actor: asActor(clerk),
      at: now,
    }));
    for (const { e } of recorded) {
      at = office(at, rng.int(1, 4));
      const executedBy = paperExecutor(e, input, team);
      const done = e.decidedAt ?? e.completeAt;
      const ok = log.issue(at, clerk, (now) => ({
        type: 'RecordHistoricalStep',
        stepKey: e.step.key,
        executedBy,
        startedAt: rng.chance(0.3) ? new Date(e.startAt).toISOString() : null,
        completedAt: new Date(done).toISOString(),
        kelengkapanChecked: e.kelengkapanChecked,
        outputProduced: e.outputProduced,
        documentRef: e.documentRef,
        decision: e.decision,
        source: input.paperSource,
        actor: asActor(clerk),
        at: now,
      }));
      if (ok) paperSteps += 1;
    }
  } else {
    const frontOffice: ActorRef = { userId: team.PETUGAS, role: 'PETUGAS' };
    log.issue(input.startAt, frontOffice, (now) => ({
      type: 'StartCase',
      caseId: input.caseId,
      sop: pinned,
      procedureIndex: input.procedureIndex,
      origin: { kind: 'live' },
      actor: asActor(frontOffice),
      at: now,
    }));
  }

  // The live part.
  for (const e of executions.slice(firstLive)) {
    if (log.stopped) break;
    // A step under way when the paper record was entered is started in Jejak from then on.
    const startAt = input.importAt !== null && e.startAt <= log.lastAt ? office(log.lastAt, 1) : e.startAt;
    const completeAt = e.completeAt > startAt ? e.completeAt : office(startAt, 1);
    const decidedAt = e.decidedAt === null ? null : Math.max(e.decidedAt, completeAt);
    const actor = asActor(e.actor);
    if (!log.issue(startAt, e.actor, (now) => ({ type: 'StartStep', stepKey: e.step.key, actor, at: now }))) break;
    const completed = log.issue(completeAt, e.actor, (now) => ({
      type: 'CompleteStep',
      stepKey: e.step.key,
      kelengkapanChecked: e.kelengkapanChecked,
      outputProduced: e.outputProduced,
      documentRef: e.documentRef,
      // A step of an outside party (Pemohon, Bank...) recorded on its behalf needs its evidence; others ignore it.
      evidence: { reference: e.documentRef ?? `Bukti langkah ${e.step.key} (simulasi)`, documentId: null },
      actor,
      at: now,
    }));
    if (!completed) break;
    liveSteps += 1;
    if (e.decision !== null && decidedAt !== null) {
      if (!log.issue(decidedAt, e.actor, (now) => ({ type: 'TakeDecision', stepKey: e.step.key, answer: e.decision as DecisionAnswer, actor, at: now }))) break;
    }
  }
  if (end.kind === 'cancelled' && !log.stopped && log.stage !== 'completed' && log.stage !== 'cancelled') {
    log.issue(end.at, end.actor, (now) => ({ type: 'CancelCase', reason: end.reason, actor: asActor(end.actor), at: now }));
  }
  const stage = log.stage;
  return {
    commits: log.commits,
    status: stage === 'completed' ? 'completed' : stage === 'cancelled' ? 'cancelled' : 'open',
    origin: input.importAt !== null ? 'historical' : 'live',
    paperSteps,
    liveSteps,
    reworkLoops: loops,
  };
}
