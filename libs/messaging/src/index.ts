// Port
export * from './transport.port';
export { transportFromEnv, type TransportFromEnvOptions } from './transport-from-env';

// Delivery semantics shared by the adapters
export { DEAD_LETTER_HEADERS, CLOUDEVENTS_CONTENT_TYPE, deadLetterHeaders, readDeadLetter, type DeadLetterCause } from './delivery/dead-letter';
export { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS, backoffDelay } from './delivery/deliver-with-retries';

// PostgreSQL transport (single-machine default)
export { PostgresTransport, type PostgresTransportOptions } from './postgres/postgres-transport';
export { DEFAULT_TRANSPORT_SCHEMA, ensureTransportSchema } from './postgres/transport-schema';
export { type LogOffset, formatLogOffset, parseLogOffset, compareLogOffsets } from './postgres/log-offset';

// Kafka transport
export { KafkaTransport, kafkaTransportFromEnv, type KafkaTransportOptions } from './kafka/kafka-transport';
export { kafkaConfigFromEnv, type KafkaEnvConfig } from './kafka/kafka-config';

// Outbox (the service's event store is its outbox)
export { OutboxRelay, type OutboxRelayOptions, type OutboxMapping, type MappedOutcome } from './outbox/outbox-relay';
export { OutboxCheckpointStore } from './outbox/outbox-checkpoint.store';
export { OutboxParkedStore, type OutboxParkReason } from './outbox/outbox-parked.store';
export { ParkedOutboxEventNotFoundError } from './outbox/retry-parked-outbox';
export { integrationEventId, INTEGRATION_EVENT_ID_NAMESPACE } from './outbox/integration-event-id';

// Inbox (idempotent consumers)
export { handleOnce, type InboxOptions } from './inbox/handle-once';
export { ensureInboxSchema } from './inbox/inbox-schema';

// Message validation and building
export { validateIntegrationEvent, integrationEventViolations } from './validation/validate-integration-event';
export { makeIntegrationEvent, InvalidIntegrationEventError, type IntegrationEventInput } from './validation/make-integration-event';
export { envelopeViolations } from './validation/envelope-rules';
