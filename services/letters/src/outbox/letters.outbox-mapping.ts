import { SOURCES } from '@jejak/contracts';
import type { EventStore, RecordedEvent } from '@jejak/event-store';
import { makeIntegrationEvent, type OutboxMapping } from '@jejak/messaging';
import type { SuratKeluarEvent, SuratMasukEvent } from '../domain';
import type { LetterFlowEvent } from '../flow/letter-flow.events';
import { SURAT_KELUAR } from '../shared/letter-kinds';
import { foldLetter } from '../shared/letter-stream.reader';
import { letterOfStream } from '../shared/letter.streams';
import { caseFactContract } from './case-fact.mapping';
import { suratKeluarFact, suratMasukFact, type PublishedFact } from './letter-fact.mapping';

/**
 * Maps the letters' recorded facts to integration events on `jejak.letters.v1`: the letters
 * contracts (subject: the letter) and the SOP case facts recorded with them (subject: the case, so
 * one case's facts share a partition and keep their order). Deterministic: an outgoing letter's
 * state is read from its immutable stream up to the event.
 */
export function lettersOutboxMapping(store: EventStore) {
  return async (recorded: RecordedEvent): Promise<OutboxMapping> => {
    const letter = letterOfStream(recorded.stream);
    if (letter === null || recorded.type === 'LetterFlowAssigned') return null;
    const envelope = (published: PublishedFact, subject: string): OutboxMapping => ({
      topic: published.contract.topic,
      event: makeIntegrationEvent(published.contract, {
        source: SOURCES.letters,
        subject,
        time: published.time,
        tenant: recorded.tenant,
        correlationId: recorded.correlationId,
        causationId: recorded.id,
        data: published.data,
      }),
    });
    if (recorded.type === 'SopCaseFactRecorded') {
      const { data } = recorded as unknown as { data: Extract<LetterFlowEvent, { type: 'SopCaseFactRecorded' }>['data'] };
      const { contract, data: payload } = caseFactContract(data);
      return envelope({ contract, data: payload, time: data.data.at }, data.data.caseId);
    }
    if (letter.kind === 'surat_masuk') {
      const published = suratMasukFact({ type: recorded.type, data: recorded.data } as SuratMasukEvent);
      return published === null ? null : envelope(published, letter.letterId);
    }
    const upTo = await store.readStream(recorded.stream, { maxCount: recorded.revision + 1 });
    const { state } = foldLetter(SURAT_KELUAR, letter.letterId, recorded.stream, upTo);
    const published = suratKeluarFact({ type: recorded.type, data: recorded.data } as SuratKeluarEvent, state);
    return published === null ? null : envelope(published, letter.letterId);
  };
}
