import { SOURCES } from '@jejak/contracts';
import type { RecordedEvent } from '@jejak/event-store';
import { makeIntegrationEvent, type OutboxMapping } from '@jejak/messaging';
import { letterFlowEventTypes } from '../flow/letter-flow.events';
import { letterOfStream } from '../shared/letter.streams';
import { caseFactContract } from './case-fact.mapping';

/**
 * Maps the letters' recorded facts to integration events on `jejak.letters.v1`. Only the SOP case
 * facts recorded with the letters are published (`jejak.case.*.v1`, consumed by compliance; subject:
 * the case, so one case's facts share a partition and keep their order). The letters' own facts
 * (registration, disposisi, drafts, parafs, signature, dispatch) stay inside the service until a
 * consumer needs them; their contracts then come back, versioned, in libs/contracts.
 */
export function lettersOutboxMapping(recorded: RecordedEvent): OutboxMapping {
  if (letterOfStream(recorded.stream) === null || recorded.type !== 'SopCaseFactRecorded') return null;
  const event = letterFlowEventTypes.read(recorded);
  if (event.type !== 'SopCaseFactRecorded') return null;
  const { contract, data } = caseFactContract(event.data);
  return {
    topic: contract.topic,
    event: makeIntegrationEvent(contract, {
      source: SOURCES.letters,
      subject: event.data.data.caseId,
      time: event.data.data.at,
      tenant: recorded.tenant,
      correlationId: recorded.correlationId,
      causationId: recorded.id,
      data,
    }),
  };
}
