import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, type EventTransport } from '@jejak/messaging';
import { createServiceWorkers, PG_POOL, ServiceRuntime, type ServiceWorkers } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { LOAN_PRODUCT_STREAM_PREFIX, LOAN_STREAM_PREFIX, PROGRAMME_STREAM_PREFIX } from '../domain';
import { danaBergulirProjection } from './dana-bergulir.projection';
import { DANA_BERGULIR_SERVICE } from '../dana-bergulir.service';
import { danaBergulirOutboxMapping } from '../outbox/dana-bergulir.outbox-mapping';

/** The service's background work: the read-model projection and the outbox relay, started and stopped by the runtime. */
@Injectable()
export class DanaBergulirWorkers implements OnModuleInit {
  readonly workers: ServiceWorkers;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(EVENT_TRANSPORT) transport: EventTransport,
    @Inject(PG_POOL) pool: Pool,
    dataSource: DataSource,
    private readonly runtime: ServiceRuntime,
    logger: Logger,
  ) {
    this.workers = createServiceWorkers({
      serviceName: DANA_BERGULIR_SERVICE.name,
      store,
      dataSource,
      projection: danaBergulirProjection,
      outbox: { transport, pool, streamPrefixes: [PROGRAMME_STREAM_PREFIX, LOAN_PRODUCT_STREAM_PREFIX, LOAN_STREAM_PREFIX], map: danaBergulirOutboxMapping },
      onError: (error, worker) => logger.error({ err: error }, `${DANA_BERGULIR_SERVICE.name} ${worker} failed`),
    });
  }

  onModuleInit(): Promise<void> {
    return this.workers.register(this.runtime);
  }
}
