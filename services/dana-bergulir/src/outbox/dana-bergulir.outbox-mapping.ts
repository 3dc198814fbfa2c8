import { SOURCES, LoanClosedContract, LoanCreatedContract, type IntegrationContract } from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { makeIntegrationEvent, type OutboxMapping } from '@jejak/messaging';
import { readWith } from '@jejak/service-kit';
import { loanEventTypes, loanIdOfStream } from '../domain';

const read = readWith(loanEventTypes);

/**
 * Domain event → integration event on topic `jejak.dana-bergulir.v1` (contracts in
 * libs/contracts/src/dana-bergulir). A domain event that other services need not know maps to null.
 */
export function danaBergulirOutboxMapping(recorded: RecordedEvent): OutboxMapping {
  const event = read(recorded);
  const id = loanIdOfStream(recorded.stream);
  const envelope = <Data>(contract: IntegrationContract<Data>, data: Data): OutboxMapping => ({
    topic: contract.topic,
    event: makeIntegrationEvent(contract, {
      source: SOURCES.danaBergulir,
      subject: id,
      time: recorded.recordedAt,
      tenant: recorded.tenant,
      correlationId: recorded.correlationId,
      causationId: recorded.id,
      data,
    }),
  });
  switch (event.type) {
    case 'LoanCreated':
      return envelope(LoanCreatedContract, { id, tenant: event.data.tenant, title: event.data.title, createdAt: event.data.at });
    case 'LoanClosed':
      return envelope(LoanClosedContract, { id, tenant: recorded.tenant, closedAt: event.data.at });
    default:
      return assertNever(event, 'loan event');
  }
}
