import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { ensureInboxSchema } from '@jejak/messaging';
import { ProjectionRunner } from '@jejak/projections';
import { PG_POOL, ServiceRuntime } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { CaseFactsProcessManager } from './case-facts/case-facts.process-manager';
import { complianceProjection } from './compliance.projection';
import { INBOX_SCHEMA } from './inbox/compliance-inbox.streams';
import { ComplianceInboxConsumer } from './inbox/compliance-inbox.consumer';

/**
 * Compliance's background work, started in this order: the read-model projection, the case facts process manager
 * (other services' case facts into cases) and the integration-event consumer (into compliance's own log).
 */
@Injectable()
export class ComplianceWorkers implements OnModuleInit {
  readonly projection: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    dataSource: DataSource,
    readonly consumer: ComplianceInboxConsumer,
    readonly caseFacts: CaseFactsProcessManager,
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
    await this.runtime.register({
      name: 'case-facts',
      start: () => this.caseFacts.start((error) => this.logger.error({ err: error }, 'case facts process manager stopped')),
      stop: () => this.caseFacts.stop(),
    });
    await this.runtime.register({ name: 'inbox', start: () => this.consumer.start(), stop: () => this.consumer.stop() });
  }

  /** Resolves once everything consumed, turned into cases and projected before the call is visible to queries. */
  async settled(): Promise<void> {
    await this.consumer.drained();
    await this.caseFacts.caughtUp();
    await this.projection.caughtUp();
  }
}
