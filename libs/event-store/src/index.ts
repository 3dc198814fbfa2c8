export * from './event-store.port';
export * from './errors';
export { readStreamAsOf } from './read-stream-as-of';
export { SubscriptionStoppedError } from './subscription/catch-up-subscription';
export { matchesFilter } from './subscription/event-filter';
export { InMemoryEventStore, type InMemoryEventStoreOptions } from './in-memory/in-memory-event-store';
export { PostgresEventStore, type PostgresEventStoreOptions, type PostgresAppendOptions } from './postgres/postgres-event-store';
export { eventStoreTables, eventStoreDdl, ensureEventStoreSchema, type EventStoreTables } from './postgres/postgres-event-store.schema';
export { KurrentDbEventStore, type KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
