import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, type EventTransport } from '@jejak/messaging';
import { createServiceWorkers, PG_POOL, ServiceRuntime, type ServiceWorkers } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { KEGIATAN_STREAM_PREFIX } from '../domain';
import { kegiatanProjection } from '../kegiatan/read-model/kegiatan.projection';
import { TRAINING_SERVICE } from '../training.service';
import { trainingOutboxMapping } from '../outbox/training.outbox-mapping';

/** The service's background work: the read-model projection and the outbox relay, started and stopped by the runtime. */
@Injectable()
export class TrainingWorkers implements OnModuleInit {
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
      serviceName: TRAINING_SERVICE.name,
      store,
      dataSource,
      projection: kegiatanProjection,
      outbox: { transport, pool, streamPrefixes: [KEGIATAN_STREAM_PREFIX], map: trainingOutboxMapping },
      onError: (error, worker) => logger.error({ err: error }, `${TRAINING_SERVICE.name} ${worker} failed`),
    });
  }

  onModuleInit(): Promise<void> {
    return this.workers.register(this.runtime);
  }
}
