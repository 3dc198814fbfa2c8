import { Inject, Injectable } from '@nestjs/common';
import { notFound, validationError } from '@jejak/domain-kit';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@jejak/event-store';
import { assertCanRead, type AuthenticatedUser } from '@jejak/nest-platform';
import { toDomainEvent } from '@jejak/service-kit';
import { sopDecider, type ActiveSop, type RetiredSop, type SopEvent, type SopVersionState } from '../domain';
import { sopStream } from './sop.stream';

export interface LoadedSop {
  state: ActiveSop | RetiredSop;
  revision: number;
  recorded: RecordedEvent[];
  events: SopEvent[];
}

/** Reads an SOP from its stream, for a user allowed to read its dinas. */
@Injectable()
export class SopReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(sopId: string, user: AuthenticatedUser): Promise<LoadedSop> {
    const recorded = await this.store.readStream(sopStream(sopId));
    const events = recorded.map((e) => toDomainEvent<SopEvent>(e));
    const state = events.reduce(sopDecider.evolve, sopDecider.initialState());
    if (state.stage === 'none') throw notFound('SOP_NOT_FOUND', `SOP ${sopId} tidak ditemukan`);
    // Another dinas's SOP is reported as not found, so its existence does not leak.
    try {
      assertCanRead(user, state.issuer.tenant);
    } catch {
      throw notFound('SOP_NOT_FOUND', `SOP ${sopId} tidak ditemukan`);
    }
    return { state, revision: recorded[recorded.length - 1].revision, recorded, events };
  }

  version(loaded: LoadedSop, version: number, field = 'version'): SopVersionState {
    const found = loaded.state.versions[version - 1];
    if (!found) {
      throw validationError('SOP_VERSION_UNKNOWN', `SOP ini tidak memiliki versi ${version}`, [
        { field, message: `versi ${version} tidak ada (versi terakhir ${loaded.state.versions.length})` },
      ]);
    }
    return found;
  }
}
