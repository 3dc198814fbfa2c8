import type { EventStore, RecordedEvent } from '@jejak/event-store';
import { OutboxRelay, type EventTransport, type OutboxMapping } from '@jejak/messaging';
import { ProjectionRunner, type ProjectionDefinition } from '@jejak/projections';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { schemaFor } from './config';
import type { ServiceRuntime } from './service-runtime';

export interface ServiceWorkersOptions {
  serviceName: string;
  store: EventStore;
  dataSource: DataSource;
  projection: ProjectionDefinition;
  /** The outbox: which streams are published and how each domain event maps to an integration event. */
  outbox?: {
    transport: EventTransport;
    pool: Pool;
    streamPrefixes: string[];
    map(event: RecordedEvent): OutboxMapping | Promise<OutboxMapping>;
  };
  onError(error: Error, worker: 'projection' | 'outbox'): void;
  /** An event was parked (it could not be handled); default: reported through `onError` with the event and the reason. */
  onParked?(event: RecordedEvent, reason: { error: Error } | { blockedBy: string }, worker: 'projection' | 'outbox'): void;
}

export interface ServiceWorkers {
  projection: ProjectionRunner;
  relay?: OutboxRelay;
  /** Runs the read-model migrations, then registers the workers to start and stop with the service. */
  register(runtime: ServiceRuntime): Promise<void>;
}

/** The usual background work of an event-sourced service: its read-model projection and its outbox relay. */
export function createServiceWorkers(options: ServiceWorkersOptions): ServiceWorkers {
  const onParked =
    options.onParked ??
    ((event: RecordedEvent, reason: { error: Error } | { blockedBy: string }, worker: 'projection' | 'outbox') =>
      options.onError(new Error(`parked event ${event.id} (${event.type}, stream ${event.stream}, tenant ${event.tenant}): ${'error' in reason ? reason.error.message : `blocked by ${reason.blockedBy}`}`), worker));
  const projection = new ProjectionRunner({
    store: options.store,
    dataSource: options.dataSource,
    projection: options.projection,
    onError: (error) => options.onError(error, 'projection'),
    onParked: (event, reason) => onParked(event, reason, 'projection'),
  });
  const outbox = options.outbox;
  const relay = outbox
    ? new OutboxRelay({
        name: `${options.serviceName}.outbox`,
        store: options.store,
        transport: outbox.transport,
        pool: outbox.pool,
        schema: schemaFor(options.serviceName, 'es'),
        filter: { streamPrefixes: outbox.streamPrefixes },
        map: (event) => outbox.map(event),
        onError: (error) => options.onError(error, 'outbox'),
        onParked: (event, reason) => onParked(event, reason, 'outbox'),
      })
    : undefined;
  return {
    projection,
    relay,
    async register(runtime) {
      // Migrations first, so queries work as soon as the service listens.
      await projection.migrate();
      await runtime.register({ name: 'projection', start: () => projection.start(), stop: () => projection.stop(), status: () => projection.status() });
      if (relay) await runtime.register({ name: 'outbox', start: () => relay.start(), stop: () => relay.stop(), status: () => relay.status() });
    },
  };
}
