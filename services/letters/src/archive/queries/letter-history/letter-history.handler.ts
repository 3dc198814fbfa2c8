import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isDomainError, notFound } from '@jejak/domain-kit';
import { EVENT_STORE, type EventStore, type Actor } from '@jejak/event-store';
import type { RedactedLetterView } from '../../../domain';
import { SURAT_KELUAR, SURAT_MASUK } from '../../../shared/letter-kinds';
import { LetterDetailLoader, type LetterAccess } from '../../../shared/letter-detail.loader';
import { LetterHistoryQuery } from './letter-history.query';

export interface LetterHistoryEntry {
  revision: number;
  type: string;
  recordedAt: string;
  actor: Actor;
  data: unknown;
}

export interface LetterHistory {
  redacted: false;
  id: string;
  jenis: string;
  revision: number;
  events: LetterHistoryEntry[];
}

/** Every fact of a letter's stream (incoming or outgoing), including the SOP case facts recorded with them. */
@QueryHandler(LetterHistoryQuery)
export class LetterHistoryHandler implements IQueryHandler<LetterHistoryQuery, LetterHistory | RedactedLetterView> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly letters: LetterDetailLoader,
  ) {}

  async execute({ user, letterId }: LetterHistoryQuery): Promise<LetterHistory | RedactedLetterView> {
    // Another dinas's letter answers exactly like a missing id (neither its kind nor its existence shows).
    const missing = () => notFound('LETTER_NOT_FOUND', `Surat ${letterId} tidak ditemukan.`);
    const asMissing = (error: unknown): never => {
      throw isDomainError(error) && error.kind === 'not_found' ? missing() : error;
    };
    if (await this.exists(SURAT_MASUK.stream(letterId))) return this.historyOf(await this.letters.load(SURAT_MASUK, letterId, user).catch(asMissing), letterId);
    if (await this.exists(SURAT_KELUAR.stream(letterId))) return this.historyOf(await this.letters.load(SURAT_KELUAR, letterId, user).catch(asMissing), letterId);
    throw missing();
  }

  private async exists(stream: string): Promise<boolean> {
    return (await this.store.readStream(stream, { maxCount: 1 })).length > 0;
  }

  private historyOf<E, S>(access: LetterAccess<E, S>, letterId: string): LetterHistory | RedactedLetterView {
    if (access.redacted) return access.view;
    const { loaded, view } = access;
    return {
      redacted: false,
      id: letterId,
      jenis: view.jenis,
      revision: loaded.revision,
      events: loaded.recorded.map((e) => ({ revision: e.revision, type: e.type, recordedAt: e.recordedAt.toISOString(), actor: e.actor, data: e.data })),
    };
  }
}
