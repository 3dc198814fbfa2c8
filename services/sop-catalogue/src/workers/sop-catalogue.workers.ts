import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, type EventTransport, type OutboxRelay } from '@jejak/messaging';
import type { ProjectionRunner } from '@jejak/projections';
import { createServiceWorkers, PG_POOL, ServiceRuntime, type ServiceWorkers } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { closeSopPdfRenderer } from '../rendering';
import { SOP_STREAM_PREFIX } from '../domain';
import { sopOutboxMapping } from '../outbox/sop-catalogue.outbox-mapping';
import { SOP_CATALOGUE_SERVICE } from '../sop-catalogue.service';
import { sopCatalogueProjection } from '../sops/read-model/sop-catalogue.projection';

/** The catalogue's background work: the outbox relay (publishing), the read-model projection, and the PDF browser's lifetime. */
@Injectable()
export class SopCatalogueWorkers implements OnModuleInit, OnApplicationShutdown {
  private readonly workers: ServiceWorkers;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(EVENT_TRANSPORT) transport: EventTransport,
    @Inject(PG_POOL) pool: Pool,
    dataSource: DataSource,
    private readonly runtime: ServiceRuntime,
    logger: Logger,
  ) {
    this.workers = createServiceWorkers({
      serviceName: SOP_CATALOGUE_SERVICE.name,
      store,
      dataSource,
      projection: sopCatalogueProjection,
      outbox: { transport, pool, streamPrefixes: [SOP_STREAM_PREFIX], map: sopOutboxMapping(store) },
      onError: (error, worker) => logger.error({ err: error }, `${SOP_CATALOGUE_SERVICE.name} ${worker} failed`),
    });
  }

  get projection(): ProjectionRunner {
    return this.workers.projection;
  }

  get relay(): OutboxRelay {
    return this.workers.relay!;
  }

  onModuleInit(): Promise<void> {
    return this.workers.register(this.runtime);
  }

  /** The PDF renderer's browser lives as long as the process. */
  async onApplicationShutdown(): Promise<void> {
    await closeSopPdfRenderer();
  }
}
