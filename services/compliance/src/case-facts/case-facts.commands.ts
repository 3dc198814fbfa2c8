import type { CaseActorV1, SopContent } from '@jejak/contracts';
import { isPlatformRole, type Actor, type CaseCommand, type PinnedSop } from '../domain';
import type { PlannedCaseCommand } from './case-facts.planner';

/**
 * Who records a fact-driven case in compliance: the publishing service, as staff. The case's steps keep the actor
 * the service reported (`executedBy`); this actor only signs the recording.
 */
export const recorderOf = (source: string): Actor => ({ userId: `system:${source}`, roles: ['STAF'] });

const executor = (actor: CaseActorV1) => ({ userId: actor.userId, role: isPlatformRole(actor.role) ? actor.role : null, name: actor.name ?? null });

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The step's kelengkapan the service reported checked, in the SOP's spelling; items the SOP does not list are dropped. */
function knownKelengkapan(content: SopContent, stepKey: string, reported: readonly string[]): string[] {
  const [p, n] = stepKey.split('.').map(Number);
  const required = content.procedures[p - 1]?.steps.find((s) => s.no === n)?.mutuBaku.kelengkapan ?? [];
  const wanted = new Set(reported.map(normalise));
  return required.filter((item) => wanted.has(normalise(item)));
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * The case command a planned fact amounts to. Steps a service ran are recorded as history (RecordHistoricalStep): the
 * service already did them, so compliance records them as they happened, out of role or out of order included, and
 * flags what departs from the SOP. `at` is the time of the fact, never compliance's clock, so replays agree.
 */
export function caseCommandOf(planned: PlannedCaseCommand, context: { caseId: string; sop: PinnedSop; procedureIndex: number | null; source: string }): CaseCommand {
  const recorder = recorderOf(context.source);
  switch (planned.kind) {
    case 'open': {
      const o = planned.opened;
      return {
        type: 'StartCase',
        caseId: context.caseId,
        sop: context.sop,
        procedureIndex: context.procedureIndex,
        origin: { kind: 'historical', startedAt: o.at, source: `${planned.source} ${o.origin}` },
        reference: o.reference,
        actor: recorder,
        at: o.at,
      };
    }
    case 'step':
      return {
        type: 'RecordHistoricalStep',
        stepKey: planned.stepKey,
        executedBy: executor(planned.actor),
        startedAt: planned.startedAt,
        completedAt: planned.completedAt,
        kelengkapanChecked: knownKelengkapan(context.sop.content, planned.stepKey, planned.kelengkapan),
        outputProduced: planned.output.trim() !== '',
        documentRef: planned.documentRef,
        decision: planned.decision,
        source: `${context.source} case fact ${planned.factId}`,
        actor: recorder,
        at: planned.startedAt === null ? planned.completedAt : later(planned.completedAt, planned.startedAt),
      };
    case 'cancel':
      return {
        type: 'CancelCase',
        reason: planned.cancelled.reason,
        actor: { userId: planned.cancelled.actor.userId, roles: isPlatformRole(planned.cancelled.actor.role) ? [planned.cancelled.actor.role] : recorder.roles },
        at: planned.cancelled.at,
      };
  }
}
