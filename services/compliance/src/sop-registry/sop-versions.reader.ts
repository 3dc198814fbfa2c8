import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { complianceSopStream } from '../inbox/compliance-inbox.streams';
import { knownSopFrom, type KnownSop } from './sop-versions';

/**
 * Reads an SOP and its effective versions from compliance's own log, not from the read model, so a command
 * sees a version as soon as its fact was recorded.
 */
@Injectable()
export class SopVersionsReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(sopId: string): Promise<KnownSop | null> {
    return knownSopFrom(await this.store.readStream(complianceSopStream(sopId)));
  }
}
