import { EventTypeRegistry, notFound, type DomainError } from '@jejak/domain-kit';
import {
  evolveSuratKeluar,
  evolveSuratMasuk,
  initialSuratKeluarState,
  initialSuratMasukState,
  registerSuratKeluarEventTypes,
  registerSuratMasukEventTypes,
  suratKeluarStream,
  suratKeluarView,
  suratMasukStream,
  suratMasukView,
  type LetterView,
  type SuratKeluarCommand,
  type SuratKeluarEvent,
  type SuratKeluarState,
  type SuratMasukCommand,
  type SuratMasukEvent,
  type SuratMasukState,
} from '../domain';
import type { TenantLetters } from '../config/letters-config.registry';
import { registerLetterFlowEventTypes } from '../flow/letter-flow.events';
import type { TriggerContext } from '../flow/letter-flow.triggers';
import type { LetterKindName } from './letter.streams';
import type { LetterStreamAggregate, LetterStreamEvent } from './letter-stream.aggregate';
import { LETTERS_ERROR_MESSAGES } from './letters-error.messages';

/** What the application needs to know of one kind of letter stream. */
export interface LetterKind<Command, Event extends { type: string; data: unknown }, State> {
  name: LetterKindName;
  stream(letterId: string): string;
  initialState(): State;
  evolve(state: State, event: Event): State;
  /** The stream's event types: the letter's and the flow facts' recorded beside them. */
  events: EventTypeRegistry<LetterStreamEvent<Event>>;
  /** The aggregate the command pipeline runs, in the dinas's configuration. */
  aggregate(tenant: TenantLetters): LetterStreamAggregate<Command, Event, State>;
  view(state: State): LetterView | null;
  context(state: State): TriggerContext;
  notFound(letterId: string): DomainError;
}

export const SURAT_MASUK: LetterKind<SuratMasukCommand, SuratMasukEvent, SuratMasukState> = {
  name: 'surat_masuk',
  stream: suratMasukStream,
  initialState: initialSuratMasukState,
  evolve: evolveSuratMasuk,
  events: registerLetterFlowEventTypes(registerSuratMasukEventTypes(new EventTypeRegistry<LetterStreamEvent<SuratMasukEvent>>('surat masuk'))),
  aggregate: (tenant) => tenant.masuk,
  view: suratMasukView,
  context: (state) => ({ dispositions: state.stage === 'unregistered' ? [] : state.surat.dispositions, jenis: null }),
  notFound: () => notFound('SURAT_MASUK_NOT_FOUND', LETTERS_ERROR_MESSAGES.SURAT_MASUK_NOT_FOUND),
};

export const SURAT_KELUAR: LetterKind<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState> = {
  name: 'surat_keluar',
  stream: suratKeluarStream,
  initialState: initialSuratKeluarState,
  evolve: evolveSuratKeluar,
  events: registerLetterFlowEventTypes(registerSuratKeluarEventTypes(new EventTypeRegistry<LetterStreamEvent<SuratKeluarEvent>>('surat keluar'))),
  aggregate: (tenant) => tenant.keluar,
  view: suratKeluarView,
  context: (state) => ({ dispositions: [], jenis: state.stage === 'none' ? null : state.naskah.jenis }),
  notFound: () => notFound('SURAT_KELUAR_NOT_FOUND', LETTERS_ERROR_MESSAGES.SURAT_KELUAR_NOT_FOUND),
};
