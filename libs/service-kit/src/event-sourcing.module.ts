import { Global, Module, type DynamicModule } from '@nestjs/common';
import { EVENT_STORE } from '@jejak/event-store';
import { EVENT_TRANSPORT } from '@jejak/messaging';
import { createPool } from '@jejak/postgres';
import type { Pool } from 'pg';
import { createEventStore, createTransport, type CreatedTransport } from './adapters';
import type { ServiceConfig } from './config';
import { CommandPipeline } from './command-pipeline';
import { ServiceRuntime } from './service-runtime';
import { PG_POOL, SERVICE_CONFIG, TRANSPORT_POOL } from './tokens';

const CREATED_TRANSPORT = Symbol('CreatedTransport');

/**
 * Wires a service's infrastructure from its configuration: its PostgreSQL pool, its event store
 * (PostgreSQL or KurrentDB), the event transport (PostgreSQL log or Kafka) and the runtime that
 * starts and stops background workers in order.
 */
@Global()
@Module({})
export class EventSourcingModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: EventSourcingModule,
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: PG_POOL, useFactory: () => createPool(config.databaseUrl, { max: 20 }) },
        { provide: EVENT_STORE, useFactory: (pool: Pool) => createEventStore(config, pool), inject: [PG_POOL] },
        { provide: CREATED_TRANSPORT, useFactory: () => createTransport(config) },
        { provide: EVENT_TRANSPORT, useFactory: (created: CreatedTransport) => created.transport, inject: [CREATED_TRANSPORT] },
        { provide: TRANSPORT_POOL, useFactory: (created: CreatedTransport) => created.pool ?? null, inject: [CREATED_TRANSPORT] },
        ServiceRuntime,
        CommandPipeline,
      ],
      exports: [SERVICE_CONFIG, PG_POOL, EVENT_STORE, EVENT_TRANSPORT, TRANSPORT_POOL, ServiceRuntime, CommandPipeline],
    };
  }
}
