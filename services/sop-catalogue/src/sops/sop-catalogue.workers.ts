import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, OutboxRelay, type EventTransport } from '@jejak/messaging';
import { ProjectionRunner } from '@jejak/projections';
import { PG_POOL, ServiceRuntime, schemaFor } from '@jejak/service-kit';
import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { Logger } from 'nestjs-pino';
import { closeSopPdfRenderer } from '../rendering';
import { sopOutboxMapping } from './outbox/sop-outbox.mapping';
import { sopCatalogueProjection } from './read-model/sop-catalogue.projection';
import { SOP_STREAM_PREFIX } from './sop.stream';

/** The catalogue's background work: the outbox relay (publishing), the read-model projection, and the PDF browser's lifetime. */
@Injectable()
export class SopCatalogueWorkers implements OnModuleInit, OnApplicationShutdown {
  readonly projection: ProjectionRunner;
  readonly relay: OutboxRelay;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(EVENT_TRANSPORT) transport: EventTransport,
    @Inject(PG_POOL) pool: Pool,
    dataSource: DataSource,
    private readonly runtime: ServiceRuntime,
    private readonly logger: Logger,
  ) {
    this.projection = new ProjectionRunner({
      store,
      dataSource,
      projection: sopCatalogueProjection,
      onError: (error) => this.logger.error({ err: error }, 'sop-catalogue projection stopped'),
    });
    this.relay = new OutboxRelay({
      name: 'sop-catalogue.outbox',
      store,
      transport,
      pool,
      schema: schemaFor('sop-catalogue', 'es'),
      filter: { streamPrefixes: [SOP_STREAM_PREFIX] },
      map: sopOutboxMapping(store),
      onError: (error) => this.logger.error({ err: error }, 'sop-catalogue outbox relay failed; retrying'),
    });
  }

  async onModuleInit(): Promise<void> {
    // Migrations first, so queries work as soon as the app listens.
    await this.projection.migrate();
    await this.runtime.register({ name: 'projection', start: () => this.projection.start(), stop: () => this.projection.stop() });
    await this.runtime.register({ name: 'outbox', start: () => this.relay.start(), stop: () => this.relay.stop() });
  }

  /** The PDF renderer's browser lives as long as the process. */
  async onApplicationShutdown(): Promise<void> {
    await closeSopPdfRenderer();
  }
}
