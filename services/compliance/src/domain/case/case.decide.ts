import type { SopStep } from '@jejak/contracts';
import { assertNever, forbidden, illegalState, notFound, validationError } from '@jejak/domain-kit';
import { buildSopFlow, DECISION_ANSWERS, type DecisionAnswer, type FlowStep, type SopFlow } from '../flow/sop-flow';
import type { Actor, ActorRef } from '../roles/platform-role';
import { normaliseRoleText, pelaksanaOf, type RoleMapping } from '../roles/role-mapping';
import type { IsoInstant } from '../time';
import type { CancelCase, CaseCommand, CompleteStep, ExternalEvidence, RecordHistoricalStep, StartCase, StartStep, TakeDecision } from './case.commands';
import { stepLanesOf, type CaseLanes, type CaseTeam } from './case-lanes';
import { CaseErrorCode } from './case-error.codes';
import { JABATAN_OF_ROLE } from './case-jabatan';
import type { CaseEvent, CaseLoopedBack, KelengkapanCheck } from './case.events';
import type { CaseInfo, CaseState, OpenCaseState } from './case.state';

type Started = Exclude<CaseState, { stage: 'not_started' }>;

function started(state: CaseState): Started {
  if (state.stage === 'not_started') throw notFound(CaseErrorCode.NotFound, 'the case does not exist');
  return state;
}

function open(state: CaseState): OpenCaseState {
  const s = started(state);
  if (s.stage === 'completed') throw illegalState(CaseErrorCode.Completed, `case ${s.info.caseId} is completed`);
  if (s.stage === 'cancelled') throw illegalState(CaseErrorCode.Cancelled, `case ${s.info.caseId} is cancelled`);
  return s;
}

const flowOf = (info: CaseInfo): SopFlow => buildSopFlow(info.content, info.procedureIndexes);

function stepOf(flow: SopFlow, key: string): FlowStep {
  const s = flow.get(key);
  if (!s) throw validationError(CaseErrorCode.StepUnknown, `the case's SOP has no step ${key}`, [{ field: 'stepKey', message: `unknown step ${key}` }]);
  return s;
}

/** Any platform role is a staff role; the first one the user holds is recorded. */
function asStaff(actor: Actor): ActorRef {
  if (actor.roles.length === 0) throw forbidden(CaseErrorCode.NoStaffRole, `user ${actor.userId} holds no platform role`);
  return actorRef(actor, actor.roles[0]);
}

/**
 * The user must hold one of the step's pelaksana roles (after mapping the SOP's role texts); the event
 * records the first of the user's roles that qualifies. A step without pelaksana may be executed by any staff role.
 */
function asPelaksana(mapping: RoleMapping, s: FlowStep, actor: Actor): ActorRef {
  const pelaksana = pelaksanaOf(mapping, s.step);
  if (pelaksana.kind === 'unmapped') {
    throw illegalState(CaseErrorCode.PelaksanaUnmapped, `step ${s.key}: no platform role is mapped for pelaksana ${pelaksana.unmapped.join(', ')}`, [
      { field: 'roleMapping', message: `add a rule for ${pelaksana.unmapped.join(', ')}` },
    ]);
  }
  const role = actor.roles.find((r) => pelaksana.roles.includes(r));
  if (!role) {
    const named = s.step.pelaksana.length > 0 ? s.step.pelaksana.join(', ') : 'any staff role';
    throw forbidden(CaseErrorCode.NotPelaksana, `user ${actor.userId} is not a pelaksana of step ${s.key} (${named}; roles ${pelaksana.roles.join(', ')})`);
  }
  return actorRef(actor, role);
}

/** Who executes a step: the actor as recorded, and the outside parties they record it for (null: the dinas's own step). */
interface Executor {
  actor: ActorRef;
  onBehalfOf: string[] | null;
}

const stepName = (s: FlowStep) => `langkah ${s.step.no} "${s.step.kegiatan.trim()}"`;

/**
 * Who may execute the step in this case:
 * - a step of a team lane: the people the case assigned to that team (or holders of the mapped roles of the
 *   step's other, internal lanes); anyone else is refused (NOT_TEAM_MEMBER);
 * - a step of outside parties only (Pemohon, Bank Pelaksana...): a dinas user records it on their behalf, holding
 *   one of the roles the mapping gives the lane, or any staff role when it gives none;
 * - otherwise the pelaksana roles of the mapping (`asPelaksana`).
 */
function executorOf(mapping: RoleMapping, lanes: CaseLanes, s: FlowStep, actor: Actor): Executor {
  const kind = stepLanesOf(mapping, lanes, s.step);
  switch (kind.kind) {
    case 'internal':
      return { actor: asPelaksana(mapping, s, actor), onBehalfOf: null };
    case 'external': {
      const mapped = pelaksanaOf(mapping, s.step);
      if (mapped.kind !== 'roles') return { actor: asStaff(actor), onBehalfOf: kind.lanes };
      const role = actor.roles.find((r) => mapped.roles.includes(r));
      if (!role) {
        throw forbidden(
          CaseErrorCode.NotPelaksana,
          `Anda tidak dapat mencatat ${stepName(s)} atas nama ${kind.lanes.join(', ')}: pencatatannya untuk jabatan ${mapped.roles.map((r) => JABATAN_OF_ROLE[r]).join(', ')}.`,
        );
      }
      return { actor: actorRef(actor, role), onBehalfOf: kind.lanes };
    }
    case 'team': {
      if (kind.teams.some((team) => team.members.some((m) => m.userId === actor.userId))) return { actor: asStaff(actor), onBehalfOf: null };
      if (kind.others.length > 0) {
        const mapped = pelaksanaOf(mapping, { pelaksana: kind.others });
        const role = mapped.kind === 'unmapped' ? undefined : actor.roles.find((r) => mapped.roles.includes(r));
        if (role) return { actor: actorRef(actor, role), onBehalfOf: null };
      }
      const members = kind.teams.map((team) => `${team.lane}: ${team.members.map((m) => `${m.name} (${m.jabatan})`).join(', ')}`).join('; ');
      throw forbidden(
        CaseErrorCode.NotTeamMember,
        `Anda bukan anggota tim yang ditugaskan pada kasus ini untuk ${stepName(s)}. Yang dapat melaksanakannya: ${members}.`,
      );
    }
    default:
      return assertNever(kind, 'step lanes');
  }
}

/** An outside party's step needs what shows it was done: a reference or an uploaded document id. */
function requiredEvidence(s: FlowStep, lanes: string[], evidence: ExternalEvidence | null | undefined): ExternalEvidence {
  const reference = evidence?.reference?.trim() || null;
  const documentId = evidence?.documentId?.trim() || null;
  if (reference === null && documentId === null) {
    throw validationError(
      CaseErrorCode.ExternalEvidenceRequired,
      `${stepName(s)} dilaksanakan oleh ${lanes.join(', ')}: catat buktinya (nomor/rujukan surat atau dokumen yang diunggah).`,
      [{ field: 'evidence', message: 'isi evidence.reference atau evidence.documentId' }],
    );
  }
  return { reference, documentId };
}

/** The lanes a case starts with: each team or external lane must be a pelaksana of the case's steps; each team has members. */
function caseLanesOf(command: StartCase, flow: SopFlow): CaseLanes {
  const known = new Map<string, string>();
  for (const s of flow.steps) for (const lane of s.step.pelaksana) if (normaliseRoleText(lane) !== '') known.set(normaliseRoleText(lane), lane);
  const lanes = [...new Set(known.values())];
  const unknown = (lane: string, field: string) =>
    validationError(CaseErrorCode.TeamLaneUnknown, `Lajur "${lane}" tidak ada pada SOP ini. Lajur pelaksana SOP: ${lanes.join(', ')}.`, [
      { field, message: `"${lane}" bukan pelaksana SOP` },
    ]);
  const teams: CaseTeam[] = [];
  (command.teams ?? []).forEach((team, i) => {
    const lane = known.get(normaliseRoleText(team.lane));
    if (lane === undefined) throw unknown(team.lane, `teams[${i}].lane`);
    if (teams.some((t) => t.lane === lane)) {
      throw validationError(CaseErrorCode.TeamMembersInvalid, `Tim untuk lajur "${lane}" disebut dua kali.`, [{ field: `teams[${i}].lane`, message: 'lajur sudah disebut' }]);
    }
    if (team.members.length === 0) {
      throw validationError(CaseErrorCode.TeamMembersInvalid, `Tim "${lane}" belum memiliki anggota.`, [{ field: `teams[${i}].members`, message: 'minimal satu anggota' }]);
    }
    const seen = new Set<string>();
    const members = team.members.map((m, j) => {
      const userId = m.userId.trim();
      const name = m.name.trim();
      if (userId === '' || name === '' || seen.has(userId)) {
        throw validationError(CaseErrorCode.TeamMembersInvalid, `Anggota ke-${j + 1} tim "${lane}" tidak lengkap (id pengguna dan nama wajib) atau disebut dua kali.`, [
          { field: `teams[${i}].members[${j}]`, message: 'id pengguna dan nama wajib, sekali saja' },
        ]);
      }
      seen.add(userId);
      return { userId, name, jabatan: m.jabatan.trim() };
    });
    teams.push({ lane, members });
  });
  const externalLanes = (command.externalLanes ?? []).map((text, i) => {
    const lane = known.get(normaliseRoleText(text));
    if (lane === undefined) throw unknown(text, `externalLanes[${i}]`);
    return lane;
  });
  return { teams, externalLanes: [...new Set(externalLanes)] };
}

/** The actor as recorded on the event: who, as which role (with its jabatan), and their name as the token had it. */
function actorRef(actor: Actor, role: ActorRef['role']): ActorRef {
  const name = actor.name?.trim();
  return name ? { userId: actor.userId, role, name, jabatan: JABATAN_OF_ROLE[role] } : { userId: actor.userId, role, jabatan: JABATAN_OF_ROLE[role] };
}

const normaliseItem = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Checked items must be among the step's kelengkapan; they are recorded in the SOP's own spelling and order. */
function kelengkapanCheck(step: SopStep, checked: readonly string[]): KelengkapanCheck {
  const required = step.mutuBaku.kelengkapan;
  const wanted = new Set(checked.map(normaliseItem));
  const unknown = checked.map((item, i) => ({ item, i })).filter(({ item }) => !required.some((r) => normaliseItem(r) === normaliseItem(item)));
  if (unknown.length > 0) {
    throw validationError(
      CaseErrorCode.KelengkapanUnknown,
      `step ${step.no}: ${unknown.map((u) => `"${u.item}"`).join(', ')} is not in its kelengkapan (${required.join('; ') || 'none'})`,
      unknown.map(({ item, i }) => ({ field: `kelengkapanChecked[${i}]`, message: `"${item}" is not a kelengkapan of the step` })),
    );
  }
  return {
    required: [...required],
    checked: required.filter((r) => wanted.has(normaliseItem(r))),
    missing: required.filter((r) => !wanted.has(normaliseItem(r))),
  };
}

const ANSWER_LABEL: Record<DecisionAnswer, string> = { ya: 'Ya', tidak: 'Tidak' };

/**
 * The step the answer leads to, or null at the end of the flowchart. A branch the SOP leaves without target is
 * refused, never taken as the end: the case would complete with steps never run (issue: 4 of 28 steps, fitness 1.0).
 */
function nextAfterAnswer(info: CaseInfo, flow: SopFlow, step: FlowStep, answer: DecisionAnswer | null): string | null {
  const target = flow.branch(step.key, answer);
  switch (target.kind) {
    case 'step':
      return target.key;
    case 'end':
      return null;
    case 'missing': {
      const identity = info.content.identity;
      const sop = [identity.nomor, identity.nama].filter((t) => t && t.trim() !== '').join(' ');
      const question = step.step.decision?.question?.trim() ? ` "${step.step.decision.question.trim()}"` : '';
      throw illegalState(
        CaseErrorCode.DecisionBranchMissing,
        `Langkah ${step.step.no} "${step.step.kegiatan.trim()}" pada SOP ${sop}: keputusan${question} tidak memiliki langkah tujuan untuk jawaban ` +
          `"${ANSWER_LABEL[target.answer]}", sehingga kasus tidak dapat dilanjutkan. Minta penyusun SOP melengkapi langkah tujuan (revisi SOP); ` +
          `kasus tidak dianggap selesai.`,
        [{ field: 'answer', message: `jawaban "${ANSWER_LABEL[target.answer]}" tidak memiliki langkah tujuan pada SOP` }],
      );
    }
    default:
      return assertNever(target, 'flow branch');
  }
}

/** Events that follow a move from `from` to `to`: a loop back when going back, completion at the end. */
function afterMove(info: CaseInfo, flow: SopFlow, from: string, to: string | null, answer: DecisionAnswer | null, at: IsoInstant): CaseEvent[] {
  if (to === null) return [{ type: 'CaseCompleted', data: { caseId: info.caseId, lastStepKey: from, reworkCount: info.reworkCount, completedAt: at } }];
  if (answer !== null && flow.isLoopBack(from, to)) {
    const loop: CaseLoopedBack = { type: 'CaseLoopedBack', data: { caseId: info.caseId, fromStepKey: from, toStepKey: to, answer, reworkCount: info.reworkCount + 1, at } };
    return [loop];
  }
  return [];
}

function startCase(command: StartCase, state: CaseState): CaseEvent[] {
  if (state.stage !== 'not_started') throw illegalState(CaseErrorCode.AlreadyStarted, `case ${command.caseId} already exists`);
  const startedBy = asStaff(command.actor);
  const procedureIndexes = command.procedureIndex === null ? command.sop.content.procedures.map((_, i) => i) : [command.procedureIndex];
  const flow = buildSopFlow(command.sop.content, procedureIndexes);
  const lanes = caseLanesOf(command, flow);
  let startedAt = command.at;
  let source: string | null = null;
  if (command.origin.kind === 'historical') {
    source = requireSource(command.origin.source);
    startedAt = historicalInstant(command.origin.startedAt, 'origin.startedAt', command.at);
  }
  return [
    {
      type: 'CaseStarted',
      data: {
        caseId: command.caseId,
        sopId: command.sop.sopId,
        version: command.sop.version,
        content: command.sop.content,
        procedureIndexes,
        firstStepKey: flow.first.key,
        startedBy,
        startedAt,
        recordedAt: command.at,
        origin: command.origin.kind,
        source,
        ...(command.reference?.trim() ? { reference: command.reference.trim() } : {}),
        ...(lanes.teams.length > 0 ? { teams: lanes.teams } : {}),
        ...(lanes.externalLanes.length > 0 ? { externalLanes: lanes.externalLanes } : {}),
      },
    },
  ];
}

function startStep(command: StartStep, state: CaseState, mapping: RoleMapping): CaseEvent[] {
  const s = open(state);
  const flow = flowOf(s.info);
  const step = stepOf(flow, command.stepKey);
  switch (s.stage) {
    case 'in_progress':
      throw illegalState(CaseErrorCode.StepInProgress, `step ${s.stepKey} is in progress; complete it first`);
    case 'awaiting_decision':
      throw illegalState(CaseErrorCode.DecisionPending, `step ${s.stepKey} waits for its decision`);
    case 'ready':
      if (s.stepKey !== step.key) {
        throw illegalState(CaseErrorCode.StepOutOfOrder, `step ${step.key} is out of order: the flow expects step ${s.stepKey}`, [
          { field: 'stepKey', message: `expected ${s.stepKey}` },
        ]);
      }
      break;
    default:
      return assertNever(s, 'case stage');
  }
  const { actor, onBehalfOf } = executorOf(mapping, s.info.lanes, step, command.actor);
  return [
    {
      type: 'StepStarted',
      data: {
        caseId: s.info.caseId, stepKey: step.key, procedureIndex: step.procedureIndex, stepNo: step.step.no, actor, startedAt: command.at,
        ...(onBehalfOf ? { onBehalfOf } : {}),
      },
    },
  ];
}

function completeStep(command: CompleteStep, state: CaseState, mapping: RoleMapping): CaseEvent[] {
  const s = open(state);
  const flow = flowOf(s.info);
  const step = stepOf(flow, command.stepKey);
  if (s.stage === 'awaiting_decision') throw illegalState(CaseErrorCode.DecisionPending, `step ${s.stepKey} waits for its decision`);
  if (s.stage !== 'in_progress' || s.stepKey !== step.key) {
    throw illegalState(CaseErrorCode.StepNotStarted, `step ${step.key} is not in progress; start it first`);
  }
  const { actor, onBehalfOf } = executorOf(mapping, s.info.lanes, step, command.actor);
  const evidence = onBehalfOf ? requiredEvidence(step, onBehalfOf, command.evidence) : null;
  const kelengkapan = kelengkapanCheck(step.step, command.kelengkapanChecked);
  const awaitingDecision = step.step.decision !== null;
  const nextStepKey = awaitingDecision ? null : flow.next(step.key, null);
  return [
    {
      type: 'StepCompleted',
      data: {
        caseId: s.info.caseId,
        stepKey: step.key,
        procedureIndex: step.procedureIndex,
        stepNo: step.step.no,
        actor,
        startedAt: s.startedAt,
        completedAt: command.at,
        kelengkapan,
        output: step.step.mutuBaku.output,
        outputProduced: command.outputProduced,
        documentRef: command.documentRef,
        awaitingDecision,
        nextStepKey,
        ...(onBehalfOf && evidence ? { onBehalfOf, evidence } : {}),
      },
    },
    ...(awaitingDecision ? [] : afterMove(s.info, flow, step.key, nextStepKey, null, command.at)),
  ];
}

function takeDecision(command: TakeDecision, state: CaseState, mapping: RoleMapping): CaseEvent[] {
  const s = open(state);
  const flow = flowOf(s.info);
  const step = stepOf(flow, command.stepKey);
  if (!DECISION_ANSWERS.includes(command.answer)) {
    throw validationError(CaseErrorCode.DecisionAnswerInvalid, `the answer must be "ya" or "tidak", got ${JSON.stringify(command.answer)}`, [
      { field: 'answer', message: 'must be ya or tidak' },
    ]);
  }
  if (s.stage !== 'awaiting_decision' || s.stepKey !== step.key) {
    throw illegalState(CaseErrorCode.NoDecisionPending, `step ${step.key} does not wait for a decision`);
  }
  const { actor, onBehalfOf } = executorOf(mapping, s.info.lanes, step, command.actor);
  const nextStepKey = nextAfterAnswer(s.info, flow, step, command.answer);
  return [
    {
      type: 'DecisionTaken',
      data: {
        caseId: s.info.caseId,
        stepKey: step.key,
        question: step.step.decision?.question ?? '',
        answer: command.answer,
        actor,
        decidedAt: command.at,
        nextStepKey,
        ...(onBehalfOf ? { onBehalfOf } : {}),
      },
    },
    ...afterMove(s.info, flow, step.key, nextStepKey, command.answer, command.at),
  ];
}

function cancelCase(command: CancelCase, state: CaseState): CaseEvent[] {
  const s = open(state);
  const actor = asStaff(command.actor);
  if (command.reason.trim() === '') {
    throw validationError(CaseErrorCode.CancelReasonRequired, 'a cancelled case needs a reason', [{ field: 'reason', message: 'required' }]);
  }
  return [{ type: 'CaseCancelled', data: { caseId: s.info.caseId, reason: command.reason.trim(), actor, cancelledAt: command.at, atStepKey: s.stepKey } }];
}

function requireSource(source: string): string {
  if (source.trim() === '') {
    throw validationError(CaseErrorCode.HistorySourceRequired, 'historical records need their source (e.g. the agenda book and page)', [{ field: 'source', message: 'required' }]);
  }
  return source.trim();
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with offset, not after the moment of recording; returned normalised to ISO UTC. */
function historicalInstant(value: string, field: string, now: IsoInstant): IsoInstant {
  const ms = ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw validationError(CaseErrorCode.HistoryTimeInvalid, `${field} is not an instant: ${value}`, [{ field, message: 'not an instant' }]);
  if (ms > Date.parse(now)) throw validationError(CaseErrorCode.HistoryTimeInvalid, `${field} (${value}) is in the future`, [{ field, message: 'in the future' }]);
  return new Date(ms).toISOString();
}

function recordHistoricalStep(command: RecordHistoricalStep, state: CaseState): CaseEvent[] {
  const s = started(state);
  switch (s.stage) {
    case 'cancelled':
      throw illegalState(CaseErrorCode.Cancelled, `case ${s.info.caseId} is cancelled`);
    case 'in_progress':
      throw illegalState(CaseErrorCode.StepInProgress, `step ${s.stepKey} is in progress live; complete it before importing history`);
    case 'awaiting_decision':
      throw illegalState(CaseErrorCode.DecisionPending, `step ${s.stepKey} waits for its decision; take it before importing history`);
    case 'ready':
    case 'completed':
      break;
    default:
      return assertNever(s, 'case stage');
  }
  const recordedBy = asStaff(command.actor);
  const source = requireSource(command.source);
  const flow = flowOf(s.info);
  const step = stepOf(flow, command.stepKey);
  const completedAt = historicalInstant(command.completedAt, 'completedAt', command.at);
  const startedAt = command.startedAt === null ? null : historicalInstant(command.startedAt, 'startedAt', command.at);
  if (startedAt !== null && Date.parse(startedAt) > Date.parse(completedAt)) {
    throw validationError(CaseErrorCode.HistoryTimeInvalid, `startedAt (${startedAt}) is after completedAt (${completedAt})`, [
      { field: 'startedAt', message: 'after completedAt' },
    ]);
  }
  const isDecision = step.step.decision !== null;
  if (!isDecision && command.decision !== null) {
    throw validationError(CaseErrorCode.DecisionNotExpected, `step ${step.key} is not a decision`, [{ field: 'decision', message: 'must be null' }]);
  }
  if (command.decision !== null && !DECISION_ANSWERS.includes(command.decision)) {
    throw validationError(CaseErrorCode.DecisionAnswerInvalid, `the answer must be "ya" or "tidak", got ${JSON.stringify(command.decision)}`, [
      { field: 'decision', message: 'must be ya or tidak' },
    ]);
  }
  if (isDecision && command.decision === null && s.stage === 'ready') {
    throw validationError(CaseErrorCode.DecisionRequired, `step ${step.key} is a decision: record its answer (ya / tidak)`, [{ field: 'decision', message: 'required' }]);
  }
  const kelengkapan = kelengkapanCheck(step.step, command.kelengkapanChecked);
  const moving = s.stage === 'ready';
  const nextStepKey = moving ? nextAfterAnswer(s.info, flow, step, command.decision) : null;
  return [
    {
      type: 'HistoricalStepRecorded',
      data: {
        caseId: s.info.caseId,
        stepKey: step.key,
        procedureIndex: step.procedureIndex,
        stepNo: step.step.no,
        executedBy: { ...command.executedBy },
        startedAt,
        completedAt,
        kelengkapan,
        output: step.step.mutuBaku.output,
        outputProduced: command.outputProduced,
        documentRef: command.documentRef,
        decision: command.decision,
        expectedStepKey: moving ? s.stepKey : null,
        nextStepKey,
        source,
        recordedBy,
        recordedAt: command.at,
      },
    },
    ...(moving ? afterMove(s.info, flow, step.key, nextStepKey, command.decision, completedAt) : []),
  ];
}

/** Pure decision of the case aggregate: pelaksana by the command's `pelaksanaMapping` (the dinas's, in force at the command's time), else `defaultMapping`. */
export function decideCase(command: CaseCommand, state: CaseState, defaultMapping: RoleMapping): CaseEvent[] {
  const mapping = ('pelaksanaMapping' in command ? command.pelaksanaMapping : undefined) ?? defaultMapping;
  switch (command.type) {
    case 'StartCase':
      return startCase(command, state);
    case 'StartStep':
      return startStep(command, state, mapping);
    case 'CompleteStep':
      return completeStep(command, state, mapping);
    case 'TakeDecision':
      return takeDecision(command, state, mapping);
    case 'CancelCase':
      return cancelCase(command, state);
    case 'RecordHistoricalStep':
      return recordHistoricalStep(command, state);
    default:
      return assertNever(command, 'case command');
  }
}
