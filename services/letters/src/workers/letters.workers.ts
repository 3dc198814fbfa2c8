import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, type EventTransport, type OutboxRelay } from '@jejak/messaging';
import type { ProjectionRunner } from '@jejak/projections';
import { createServiceWorkers, PG_POOL, ServiceRuntime, type ServiceWorkers } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { LETTERS_SERVICE } from '../letters.service';
import { lettersOutboxMapping } from '../outbox/letters.outbox-mapping';
import { lettersProjection } from '../read-model/letters.projection';
import { LETTER_STREAM_PREFIXES } from '../shared/letter.streams';

/** The letters service's background work: the read-model projection and the outbox relay. */
@Injectable()
export class LettersWorkers implements OnModuleInit {
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
      serviceName: LETTERS_SERVICE.name,
      store,
      dataSource,
      projection: lettersProjection,
      outbox: { transport, pool, streamPrefixes: LETTER_STREAM_PREFIXES, map: lettersOutboxMapping },
      onError: (error, worker) => logger.error({ err: error }, `${LETTERS_SERVICE.name} ${worker} failed`),
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
}
