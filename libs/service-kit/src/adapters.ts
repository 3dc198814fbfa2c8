import { KurrentDbEventStore, PostgresEventStore, type EventStore } from '@jejak/event-store';
import { KafkaTransport, PostgresTransport, type EventTransport } from '@jejak/messaging';
import { createPool } from '@jejak/postgres';
import type { Pool } from 'pg';
import { schemaFor, type ServiceConfig } from './config';

/** The event store chosen by configuration: PostgreSQL (schema `<service>_es`) or KurrentDB. */
export async function createEventStore(config: ServiceConfig, pool: Pool): Promise<EventStore> {
  if (config.eventStore.kind === 'kurrentdb') return KurrentDbEventStore.connect(config.eventStore.url);
  return PostgresEventStore.create(pool, { schema: schemaFor(config.serviceName, 'es') });
}

export interface CreatedTransport {
  transport: EventTransport;
  /** A pool the transport owns (PostgreSQL transport), closed with it. */
  pool?: Pool;
}

/** The event transport chosen by configuration: the PostgreSQL-backed log or Kafka. */
export async function createTransport(config: ServiceConfig, onError?: (error: Error, context: string) => void): Promise<CreatedTransport> {
  if (config.transport.kind === 'kafka') {
    return { transport: new KafkaTransport({ brokers: config.transport.brokers, clientId: config.transport.clientId, onError }) };
  }
  const pool = createPool(config.transport.databaseUrl, { max: 12 });
  const transport = new PostgresTransport({ pool, onError });
  await transport.ensureSchema();
  return { transport, pool };
}
