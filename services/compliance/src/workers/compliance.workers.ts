import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { ensureInboxSchema } from '@jejak/messaging';
import type { ProjectionRunner } from '@jejak/projections';
import { createServiceWorkers, PG_POOL, ServiceRuntime, type ServiceWorkers } from '@jejak/service-kit';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { CaseFactsProcessManager } from '../case-facts/case-facts.process-manager';
import { COMPLIANCE_SERVICE } from '../compliance.service';
import { INBOX_SCHEMA } from '../inbox/compliance-inbox.streams';
import { ComplianceInboxConsumer } from '../inbox/compliance.inbox.consumer';
import { complianceProjection } from './compliance.projection';

/**
 * Compliance's background work, started in this order: the read-model projection, the case facts process manager
 * (other services' case facts into cases) and the integration-event consumer (into compliance's own log).
 */
@Injectable()
export class ComplianceWorkers implements OnModuleInit {
  private readonly workers: ServiceWorkers;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    dataSource: DataSource,
    readonly consumer: ComplianceInboxConsumer,
    readonly caseFacts: CaseFactsProcessManager,
    private readonly runtime: ServiceRuntime,
    private readonly logger: Logger,
  ) {
    // Compliance publishes nothing: no outbox, only its projection.
    this.workers = createServiceWorkers({
      serviceName: COMPLIANCE_SERVICE.name,
      store,
      dataSource,
      projection: complianceProjection,
      onError: (error, worker) => this.logger.error({ err: error }, `${COMPLIANCE_SERVICE.name} ${worker} stopped`),
    });
  }

  get projection(): ProjectionRunner {
    return this.workers.projection;
  }

  async onModuleInit(): Promise<void> {
    await ensureInboxSchema(this.pool, INBOX_SCHEMA);
    await this.workers.register(this.runtime);
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
