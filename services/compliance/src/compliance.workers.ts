import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { ensureInboxSchema } from '@jejak/messaging';
import { ProjectionRunner } from '@jejak/projections';
import { PG_POOL, ServiceRuntime } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { complianceProjection } from './compliance.projection';
import { INBOX_SCHEMA } from './inbox/compliance-inbox.streams';
import { ComplianceInboxConsumer } from './inbox/compliance-inbox.consumer';

/** Compliance's background work: the read-model projection and the integration-event consumer. */
@Injectable()
export class ComplianceWorkers implements OnModuleInit {
  readonly projection: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    dataSource: DataSource,
    readonly consumer: ComplianceInboxConsumer,
    private readonly runtime: ServiceRuntime,
    private readonly logger: Logger,
  ) {
    this.projection = new ProjectionRunner({
      store,
      dataSource,
      projection: complianceProjection,
      onError: (error) => this.logger.error({ err: error }, 'compliance projection stopped'),
    });
  }

  async onModuleInit(): Promise<void> {
    await ensureInboxSchema(this.pool, INBOX_SCHEMA);
    await this.projection.migrate();
    await this.runtime.register({ name: 'projection', start: () => this.projection.start(), stop: () => this.projection.stop() });
    await this.runtime.register({ name: 'inbox', start: () => this.consumer.start(), stop: () => this.consumer.stop() });
  }
}
