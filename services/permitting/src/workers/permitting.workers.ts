import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, type EventTransport } from '@jejak/messaging';
import { createServiceWorkers, PG_POOL, ServiceRuntime, type ServiceWorkers } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PERMIT_APPLICATION_STREAM_PREFIX, PERMIT_TYPE_STREAM_PREFIX } from '../domain';
import { permittingProjection } from '../read-model/permitting.projection';
import { PERMITTING_SERVICE } from '../permitting.service';
import { permittingOutboxMapping } from '../outbox/permitting.outbox-mapping';

/** The service's background work: the read-model projection and the outbox relay, started and stopped by the runtime. */
@Injectable()
export class PermittingWorkers implements OnModuleInit {
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
      serviceName: PERMITTING_SERVICE.name,
      store,
      dataSource,
      projection: permittingProjection,
      outbox: { transport, pool, streamPrefixes: [PERMIT_TYPE_STREAM_PREFIX, PERMIT_APPLICATION_STREAM_PREFIX], map: permittingOutboxMapping },
      onError: (error, worker) => logger.error({ err: error }, `${PERMITTING_SERVICE.name} ${worker} failed`),
    });
  }

  onModuleInit(): Promise<void> {
    return this.workers.register(this.runtime);
  }
}
