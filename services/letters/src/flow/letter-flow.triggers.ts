import type { Disposisi, JenisSuratKeluar, Person, SuratKeluarEvent, SuratMasukEvent } from '../domain';
import type { FlowCondition, FlowTrigger } from './letter-flow.config';

/** A letter fact seen as a flow trigger: what happened, when, by whom, and the facts rules can test. */
export interface TriggerOccurrence {
  on: FlowTrigger;
  at: string;
  actor: Person;
  facts: Omit<FlowCondition, 'byRole'>;
}

/** What the mapper needs of the letter besides its events. */
export interface TriggerContext {
  /** Dispositions of an incoming letter after the events (for the level and roles of a disposisi). */
  dispositions: readonly Disposisi[];
  /** Jenis of an outgoing letter. */
  jenis: JenisSuratKeluar | null;
}

export function occurrenceOf(event: SuratMasukEvent | SuratKeluarEvent, context: TriggerContext): TriggerOccurrence | null {
  const hop = (disposisiId: string) => {
    const d = context.dispositions.find((x) => x.disposisiId === disposisiId);
    return d === undefined ? {} : { level: d.level, fromRole: d.from.role, toRole: d.to.role };
  };
  const jenis = context.jenis === null ? {} : { jenis: context.jenis };
  switch (event.type) {
    case 'SuratMasukRegistered':
      return { on: 'surat_masuk.registered', at: event.data.registeredAt, actor: event.data.registeredBy, facts: {} };
    case 'SuratMasukRead':
      return { on: 'surat_masuk.read', at: event.data.readAt, actor: event.data.by, facts: {} };
    case 'SuratMasukClosed':
      return { on: 'surat_masuk.closed', at: event.data.closedAt, actor: event.data.by, facts: {} };
    case 'DisposisiSent':
      return { on: 'disposisi.sent', at: event.data.sentAt, actor: event.data.from, facts: { level: event.data.level, fromRole: event.data.from.role, toRole: event.data.to.role } };
    case 'DisposisiAcknowledged':
      return { on: 'disposisi.acknowledged', at: event.data.readAt, actor: event.data.by, facts: hop(event.data.disposisiId) };
    case 'DisposisiFollowedUp':
      return { on: 'disposisi.followed_up', at: event.data.followedUpAt, actor: event.data.by, facts: hop(event.data.disposisiId) };
    case 'DisposisiClosed':
      return { on: 'disposisi.closed', at: event.data.closedAt, actor: event.data.by, facts: hop(event.data.disposisiId) };
    case 'SuratMasukLinkedToSopCase':
      return null;
    case 'DraftWritten':
      return { on: 'surat_keluar.drafted', at: event.data.writtenAt, actor: event.data.drafter, facts: { jenis: event.data.jenis } };
    case 'DraftRevised':
      return { on: 'surat_keluar.revised', at: event.data.revisedAt, actor: event.data.by, facts: jenis };
    case 'DraftSubmittedForParaf':
      return { on: 'surat_keluar.submitted', at: event.data.submittedAt, actor: event.data.by, facts: jenis };
    case 'ParafGiven':
      return { on: 'surat_keluar.paraf_given', at: event.data.at, actor: event.data.by, facts: { ...jenis, lastParaf: event.data.step === event.data.steps } };
    case 'DraftReturned':
      return { on: 'surat_keluar.returned', at: event.data.returnedAt, actor: event.data.by, facts: { ...jenis, returnedFrom: event.data.from } };
    case 'LetterSigned':
      return { on: 'surat_keluar.signed', at: event.data.signedAt, actor: event.data.by, facts: { jenis: event.data.jenis } };
    case 'LetterDispatched':
      return { on: 'surat_keluar.dispatched', at: event.data.dispatchedAt, actor: event.data.by, facts: jenis };
    default:
      return null;
  }
}

/** True when every condition the rule gives holds for the occurrence. */
export function conditionHolds(condition: FlowCondition | undefined, occurrence: TriggerOccurrence): boolean {
  if (condition === undefined) return true;
  const actual: FlowCondition = { ...occurrence.facts, byRole: occurrence.actor.role };
  return (Object.keys(condition) as (keyof FlowCondition)[]).every((key) => condition[key] === undefined || condition[key] === actual[key]);
}
