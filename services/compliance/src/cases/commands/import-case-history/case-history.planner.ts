import { isDomainError } from '@jejak/domain-kit';
import type { DinasCalendar } from '@jejak/working-time';
import { localDateOf } from '../../../calendars/local-date';
import { buildSopFlow, createCaseDecider, type Actor, type CaseCommand, type CaseEvent, type CaseState } from '../../../domain';
import { nomorKey } from '../../../sop-registry/sop-keys';
import { versionEffectiveOn, type KnownSop } from '../../../sop-registry/sop-versions';
import { caseIdForReference } from '../../case.streams';
import type { HistoryRow } from './case-history.row-parser';

export interface HistoryProblem {
  line: number;
  column?: string;
  message: string;
}

/** The events one case of the log becomes. */
export interface HistoryCasePlan {
  caseId: string;
  reference: string;
  events: CaseEvent[];
  steps: number;
}

export interface HistoryImportContext {
  tenant: string;
  calendar: DinasCalendar;
  /** The dinas's SOPs by number key (`nomorKey`). */
  sops: ReadonlyMap<string, KnownSop>;
  /** Case ids that already exist: a case is imported once. */
  existing: ReadonlySet<string>;
  actor: Actor;
  at: string;
  fileName: string;
}

const earliest = (rows: readonly HistoryRow[]) =>
  rows.map((r) => r.startedAt ?? r.completedAt).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));

/**
 * Plans the whole import before anything is written: rows are grouped by case reference (in file order); each case
 * starts at its earliest recorded time, pinned to the SOP version in force on that local date, and each row is one
 * historical step, decided by the real case decider. Every refusal becomes a problem on its line; the import is
 * written only when there is none.
 */
export function planHistoryImport(rows: readonly HistoryRow[], ctx: HistoryImportContext): { cases: HistoryCasePlan[]; problems: HistoryProblem[] } {
  const decider = createCaseDecider();
  const problems: HistoryProblem[] = [];
  const groups = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    const key = row.reference.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const cases: HistoryCasePlan[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    const caseId = caseIdForReference(ctx.tenant, first.reference);
    if (ctx.existing.has(caseId)) {
      problems.push({ line: first.line, column: 'case reference', message: `kasus "${first.reference}" sudah pernah dicatat` });
      continue;
    }
    const sop = ctx.sops.get(nomorKey(first.sopNumber));
    if (!sop) {
      problems.push({ line: first.line, column: 'sop number', message: `SOP nomor "${first.sopNumber}" tidak dikenal di dinas ini` });
      continue;
    }
    group
      .filter((r) => nomorKey(r.sopNumber) !== nomorKey(first.sopNumber))
      .forEach((r) => problems.push({ line: r.line, column: 'sop number', message: `kasus "${first.reference}" memakai SOP "${first.sopNumber}" (baris ${first.line})` }));
    const startedAt = earliest(group);
    const date = localDateOf(startedAt, ctx.calendar);
    const version = versionEffectiveOn(sop, date);
    if (!version) {
      problems.push({ line: first.line, column: 'sop number', message: `SOP "${first.sopNumber}" tidak memiliki versi yang berlaku pada ${date}` });
      continue;
    }
    const events: CaseEvent[] = [];
    let state: CaseState = decider.initialState();
    const run = (row: HistoryRow, command: CaseCommand): void => {
      try {
        const produced = decider.decide(command, state);
        for (const e of produced) state = decider.evolve(state, e);
        events.push(...produced);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const details = error.details.map((d) => d.message).filter((m) => !error.message.includes(m));
        problems.push({ line: row.line, message: [error.message, ...details].join('; ') });
      }
    };
    run(first, {
      type: 'StartCase',
      caseId,
      sop: { sopId: sop.sopId, version: version.version, content: version.content },
      procedureIndex: null,
      origin: { kind: 'historical', startedAt, source: ctx.fileName },
      reference: first.reference,
      actor: ctx.actor,
      at: ctx.at,
    });
    if (state.stage === 'not_started') continue;
    const flow = buildSopFlow(version.content);
    for (const row of group) {
      run(row, {
        type: 'RecordHistoricalStep',
        stepKey: row.stepKey,
        executedBy: { userId: null, role: row.role, name: row.actor },
        startedAt: row.startedAt,
        completedAt: row.completedAt,
        // A paper log records that the step was done, not its kelengkapan: none is flagged as missing.
        kelengkapanChecked: [...(flow.get(row.stepKey)?.step.mutuBaku.kelengkapan ?? [])],
        outputProduced: true,
        documentRef: null,
        decision: row.decision,
        source: `${ctx.fileName} baris ${row.line}${row.note ? `: ${row.note}` : ''}`,
        actor: ctx.actor,
        at: ctx.at,
      });
    }
    cases.push({ caseId, reference: first.reference, events, steps: group.length });
  }
  return { cases, problems };
}
