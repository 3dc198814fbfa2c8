import { Inject, Injectable } from '@nestjs/common';
import { CASE_FACT_TYPES, SopDrafted, SopVersionEffective, type CaseActorV1, type CaseOpenedV1, type SopDraftedV1 } from '@jejak/contracts';
import { isDomainError } from '@jejak/domain-kit';
import {
  EVENT_STORE,
  START,
  TransactionOrderConflictError,
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type Subscription,
  type UnitOfWork,
} from '@jejak/event-store';
import { withTransaction, type Sql } from '@jejak/postgres';
import { CommandPipeline, PG_POOL } from '@jejak/service-kit';
import type { Pool } from 'pg';
import { caseFactsStream, CASE_FACTS_STREAM_PREFIX } from '../cases/case.streams';
import { buildSopFlow, CaseAggregate, type PinnedSop } from '../domain';
import type { RecordedIntegrationData } from '../inbox/integration-event-recorder';
import { INBOX_SCHEMA } from '../inbox/compliance-inbox.streams';
import { CASE_FACT_REJECTED, type CaseFactRejected } from './case-fact-rejected.event';
import { caseCommandOf } from './case-facts.commands';
import { planCaseCommands, type RecordedCaseFact } from './case-facts.planner';
import { CaseFactsStore } from './case-facts.store';
import { CaseSopResolver } from './case-sop.resolver';

const NAME = 'compliance.case-facts';
const WATCHED = [...CASE_FACT_TYPES, SopDrafted.type, SopVersionEffective.type];

interface FactOnRecord extends RecordedCaseFact {
  tenant: string;
  correlationId: string;
  actor: CaseActorV1;
}

/**
 * The process manager that turns the case facts other services publish (recorded in `casefacts-<caseId>`) into
 * events of the one case engine (`case-<caseId>`), so every service's cases are measured alike.
 *
 * For each recorded fact (and each SOP fact, which may release parked cases), in ONE unit of work with its checkpoint:
 * read the case's facts and the case, plan the commands the facts amount to (`planCaseCommands`), skip the ones the
 * case already took (its events carry the triggering fact as causation id) or that were rejected, and run the rest
 * through the command pipeline on the case aggregate. A fact the case refuses is recorded as `CaseFactRejected` on the facts stream.
 * Running it again changes nothing, so redelivery, restarts and replays are harmless. A case whose SOP is not known
 * yet is parked and retried when the catalogue's facts arrive.
 */
@Injectable()
export class CaseFactsProcessManager {
  private subscription?: Subscription;
  private failure?: Error;
  private readonly tables = new CaseFactsStore(INBOX_SCHEMA);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly pipeline: CommandPipeline,
    private readonly resolver: CaseSopResolver,
  ) {}

  async start(onError?: (error: Error) => void): Promise<void> {
    if (this.subscription) return;
    await this.tables.ensure(this.pool);
    const after = await this.tables.checkpoint(this.pool, NAME);
    this.failure = undefined;
    this.subscription = this.store.subscribeToAll({
      after: after ?? START,
      filter: { eventTypes: WATCHED },
      onEvents: async (events) => {
        for (const event of events) await this.processWithRetry(event);
      },
      onError: (error) => {
        this.failure = error;
        onError?.(error);
      },
    });
  }

  /** Resolves when every fact recorded before the call has been turned into case events. */
  async caughtUp(): Promise<void> {
    if (!this.subscription) throw new Error('the case facts process manager is not running');
    await this.subscription.caughtUp();
    if (this.failure) throw this.failure;
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  private async processWithRetry(event: RecordedEvent): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.inOneUnit(async (uow, sql) => {
          await this.process(event, uow, sql);
          await this.tables.saveCheckpoint(sql, NAME, event.position);
        });
        return;
      } catch (error) {
        const conflict = error instanceof WrongExpectedRevisionError || error instanceof TransactionOrderConflictError;
        if (!conflict || attempt >= 5) throw error;
      }
    }
  }

  /**
   * The case and facts appends, the process manager's tables and its checkpoint in one unit.
   * - PostgreSQL event store: the unit's own transaction holds all of it.
   * - An adapter without SQL in its unit (KurrentDB; in-memory): a DELIBERATE FALLBACK. The tables stay in this
   *   service's PostgreSQL and commit right after the event store's unit (its appends to the case and facts streams
   *   commit together; KurrentDB before 25.1 cannot and fails with UnitOfWorkNotSupportedError). A crash between
   *   the two commits runs the fact again, which changes nothing: `sync` skips facts the case already took (by
   *   causation id) and facts already rejected.
   */
  private inOneUnit(work: (uow: UnitOfWork, sql: Sql) => Promise<void>): Promise<void> {
    if (this.store.capabilities.sqlInUnitOfWork) return this.store.unitOfWork((uow) => work(uow, uow.requireSql()));
    return withTransaction(this.pool, (client) => this.store.unitOfWork((uow) => work(uow, client)));
  }

  private async process(event: RecordedEvent, uow: UnitOfWork, sql: Sql): Promise<void> {
    const { payload } = event.data as RecordedIntegrationData;
    if (event.type === SopDrafted.type || event.type === SopVersionEffective.type) {
      await this.tables.rememberSop(sql, payload as SopDraftedV1);
      if (event.type === SopVersionEffective.type) for (const caseId of await this.tables.parked(sql)) await this.sync(caseId, uow, sql);
      return;
    }
    if (event.stream.startsWith(CASE_FACTS_STREAM_PREFIX)) await this.sync(event.stream.slice(CASE_FACTS_STREAM_PREFIX.length), uow, sql);
  }

  /** Brings case `caseId` up to date with its facts. Idempotent. */
  private async sync(caseId: string, uow: UnitOfWork, sql: Sql): Promise<void> {
    const recordedFacts = await uow.readStream(caseFactsStream(caseId));
    const rejected = new Set(recordedFacts.filter((e) => e.type === CASE_FACT_REJECTED).map((e) => (e.data as CaseFactRejected['data']).factId));
    const facts: FactOnRecord[] = recordedFacts
      .filter((e) => (CASE_FACT_TYPES as readonly string[]).includes(e.type) && !rejected.has(e.id))
      .map((e) => {
        const d = e.data as RecordedIntegrationData<{ actor: CaseActorV1 }>;
        return { id: e.id, type: e.type, source: d.source, payload: d.payload, tenant: e.tenant, correlationId: e.correlationId, actor: d.payload.actor };
      });
    const opened = facts.find((f) => f.type === 'jejak.case.opened.v1');
    if (!opened) return; // the case waits for its opening

    const loaded = await this.pipeline.load(CaseAggregate, caseId, { unitOfWork: uow });
    const applied = new Set(loaded.recorded.map((e) => e.causationId).filter((id): id is string => id !== null));
    const state = loaded.state;

    let sop: PinnedSop;
    let procedureIndex: number | null = null;
    const rejections: NewEvent[] = [];
    const reject = (fact: FactOnRecord, code: string, message: string) =>
      rejections.push({ type: CASE_FACT_REJECTED, data: { caseId, factId: fact.id, code, message } satisfies CaseFactRejected['data'], metadata: this.metadataOf(fact) });

    if (state.stage === 'not_started') {
      const resolution = await this.resolver.resolve(sql, this.tables, opened.tenant, opened.payload as CaseOpenedV1);
      if (resolution.kind === 'parked') return this.tables.park(sql, caseId, opened.tenant, resolution.reason);
      if (resolution.kind === 'rejected') {
        reject(opened, resolution.code, resolution.message);
        await this.tables.unpark(sql, caseId);
        return this.appendRejections(uow, caseId, rejections);
      }
      ({ sop, procedureIndex } = resolution);
    } else {
      sop = { sopId: state.info.sopId, version: state.info.version, content: state.info.content };
    }
    await this.tables.unpark(sql, caseId);

    const flow = buildSopFlow(sop.content, state.stage === 'not_started' ? (procedureIndex === null ? null : [procedureIndex]) : state.info.procedureIndexes);
    const plan = planCaseCommands(facts, (stepKey) => (flow.get(stepKey)?.step.decision ?? null) !== null);
    for (const planned of plan) {
      if (applied.has(planned.factId)) continue;
      const fact = facts.find((f) => f.id === planned.factId) as FactOnRecord;
      try {
        const command = caseCommandOf(planned, { caseId, sop, procedureIndex, source: opened.source });
        await this.pipeline.execute(CaseAggregate, { id: caseId, command, metadata: this.metadataOf(fact), unitOfWork: uow });
      } catch (error) {
        // The case refusing the fact is recorded; a concurrency conflict re-runs the whole unit (processWithRetry).
        if (!isDomainError(error) || error.kind === 'concurrency') throw error;
        reject(fact, error.code, error.message);
      }
    }
    await this.appendRejections(uow, caseId, rejections);
  }

  private metadataOf(fact: FactOnRecord): EventMetadata {
    const actor = { userId: fact.actor.userId, role: fact.actor.role, ...(fact.actor.name ? { name: fact.actor.name } : {}) };
    return { tenant: fact.tenant, actor, correlationId: fact.correlationId, causationId: fact.id };
  }

  private async appendRejections(uow: UnitOfWork, caseId: string, rejections: NewEvent[]): Promise<void> {
    if (rejections.length > 0) await uow.append(caseFactsStream(caseId), rejections, { expectedRevision: 'any' });
  }
}
