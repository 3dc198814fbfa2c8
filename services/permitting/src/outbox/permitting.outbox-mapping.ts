import { SOURCES, PermitApplicationClosedContract, PermitApplicationCreatedContract, type IntegrationContract } from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { makeIntegrationEvent, type OutboxMapping } from '@jejak/messaging';
import { readWith } from '@jejak/service-kit';
import { permitApplicationEventTypes, permitApplicationIdOfStream } from '../domain';

const read = readWith(permitApplicationEventTypes);

/**
 * Domain event → integration event on topic `jejak.permitting.v1` (contracts in
 * libs/contracts/src/permitting). A domain event that other services need not know maps to null.
 */
export function permittingOutboxMapping(recorded: RecordedEvent): OutboxMapping {
  const event = read(recorded);
  const id = permitApplicationIdOfStream(recorded.stream);
  const envelope = <Data>(contract: IntegrationContract<Data>, data: Data): OutboxMapping => ({
    topic: contract.topic,
    event: makeIntegrationEvent(contract, {
      source: SOURCES.permitting,
      subject: id,
      time: recorded.recordedAt,
      tenant: recorded.tenant,
      correlationId: recorded.correlationId,
      causationId: recorded.id,
      data,
    }),
  });
  switch (event.type) {
    case 'PermitApplicationCreated':
      return envelope(PermitApplicationCreatedContract, { id, tenant: event.data.tenant, title: event.data.title, createdAt: event.data.at });
    case 'PermitApplicationClosed':
      return envelope(PermitApplicationClosedContract, { id, tenant: recorded.tenant, closedAt: event.data.at });
    default:
      return assertNever(event, 'permit-application event');
  }
}
