import { SOURCES, KegiatanClosedContract, KegiatanCreatedContract, type IntegrationContract } from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { makeIntegrationEvent, type OutboxMapping } from '@jejak/messaging';
import { readWith } from '@jejak/service-kit';
import { kegiatanEventTypes, kegiatanIdOfStream } from '../domain';

const read = readWith(kegiatanEventTypes);

/**
 * Domain event → integration event on topic `jejak.training.v1` (contracts in
 * libs/contracts/src/training). A domain event that other services need not know maps to null.
 */
export function trainingOutboxMapping(recorded: RecordedEvent): OutboxMapping {
  const event = read(recorded);
  const id = kegiatanIdOfStream(recorded.stream);
  const envelope = <Data>(contract: IntegrationContract<Data>, data: Data): OutboxMapping => ({
    topic: contract.topic,
    event: makeIntegrationEvent(contract, {
      source: SOURCES.training,
      subject: id,
      time: recorded.recordedAt,
      tenant: recorded.tenant,
      correlationId: recorded.correlationId,
      causationId: recorded.id,
      data,
    }),
  });
  switch (event.type) {
    case 'KegiatanCreated':
      return envelope(KegiatanCreatedContract, { id, tenant: event.data.tenant, title: event.data.title, createdAt: event.data.at });
    case 'KegiatanClosed':
      return envelope(KegiatanClosedContract, { id, tenant: recorded.tenant, closedAt: event.data.at });
    default:
      return assertNever(event, 'kegiatan event');
  }
}
