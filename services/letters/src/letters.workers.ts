import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, OutboxRelay, type EventTransport } from '@jejak/messaging';
import { ProjectionRunner } from '@jejak/projections';
import { PG_POOL, ServiceRuntime, schemaFor } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { lettersOutboxMapping } from './outbox/letters-outbox.mapping';
import { lettersProjection } from './read-model/letters.projection';
import { LETTER_STREAM_PREFIXES } from './shared/letter.streams';

/** The letters service's background work: the read-model projection and the outbox relay. */
@Injectable()
export class LettersWorkers implements OnModuleInit {
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
      projection: lettersProjection,
      onError: (error) => this.logger.error({ err: error }, 'letters projection stopped'),
    });
    this.relay = new OutboxRelay({
      name: 'letters.outbox',
      store,
      transport,
      pool,
      schema: schemaFor('letters', 'es'),
      filter: { streamPrefixes: LETTER_STREAM_PREFIXES },
      map: lettersOutboxMapping(store),
      onError: (error) => this.logger.error({ err: error }, 'letters outbox relay failed; retrying'),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.projection.migrate();
    await this.runtime.register({ name: 'projection', start: () => this.projection.start(), stop: () => this.projection.stop() });
    await this.runtime.register({ name: 'outbox', start: () => this.relay.start(), stop: () => this.relay.stop() });
  }
}
