import { Inject, Injectable } from '@nestjs/common';
import { CASE_FACT_TYPES, SopDrafted, SopVersionEffective, type CaseActorV1, type CaseOpenedV1, type SopDraftedV1 } from '@jejak/contracts';
import { fold, isDomainError } from '@jejak/domain-kit';
import { EVENT_STORE, PostgresEventStore, START, WrongExpectedRevisionError, type EventStore, type NewEvent, type RecordedEvent, type Subscription } from '@jejak/event-store';
import { withTransaction } from '@jejak/postgres';
import { PG_POOL, toDomainEvent } from '@jejak/service-kit';
import type { Pool, PoolClient } from 'pg';
import { caseFactsStream, caseStream, CASE_FACTS_STREAM_PREFIX } from '../cases/case.streams';
import { buildSopFlow, createCaseDecider, type CaseEvent, type CaseState, type PinnedSop } from '../domain';
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
 * For each recorded fact (and each SOP fact, which may release parked cases), in ONE transaction with its checkpoint:
 * read the case's facts and the case, plan the commands the facts amount to (`planCaseCommands`), skip the ones the
 * case already took (its events carry the triggering fact as causation id) or that were rejected, decide the rest
 * with the case decider and append. A fact the case refuses is recorded as `CaseFactRejected` on the facts stream.
 * Running it again changes nothing, so redelivery, restarts and replays are harmless. A case whose SOP is not known
 * yet is parked and retried when the catalogue's facts arrive.
 */
@Injectable()
export class CaseFactsProcessManager {
  private subscription?: Subscription;
  private failure?: Error;
  private readonly tables = new CaseFactsStore(INBOX_SCHEMA);
  private readonly decider = createCaseDecider();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
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
        await withTransaction(this.pool, async (client) => {
          await this.process(event, client);
          await this.tables.saveCheckpoint(client, NAME, event.position);
        });
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= 5) throw error;
      }
    }
  }

  private async process(event: RecordedEvent, client: PoolClient): Promise<void> {
    const { payload } = event.data as RecordedIntegrationData;
    if (event.type === SopDrafted.type || event.type === SopVersionEffective.type) {
      await this.tables.rememberSop(client, payload as SopDraftedV1);
      if (event.type === SopVersionEffective.type) for (const caseId of await this.tables.parked(client)) await this.sync(caseId, client);
      return;
    }
    if (event.stream.startsWith(CASE_FACTS_STREAM_PREFIX)) await this.sync(event.stream.slice(CASE_FACTS_STREAM_PREFIX.length), client);
  }

  /** Brings case `caseId` up to date with its facts. Idempotent. */
  private async sync(caseId: string, client: PoolClient): Promise<void> {
    const recordedFacts = await this.store.readStream(caseFactsStream(caseId));
    const rejected = new Set(recordedFacts.filter((e) => e.type === CASE_FACT_REJECTED).map((e) => (e.data as CaseFactRejected['data']).factId));
    const facts: FactOnRecord[] = recordedFacts
      .filter((e) => (CASE_FACT_TYPES as readonly string[]).includes(e.type) && !rejected.has(e.id))
      .map((e) => {
        const d = e.data as RecordedIntegrationData<{ actor: CaseActorV1 }>;
        return { id: e.id, type: e.type, source: d.source, payload: d.payload, tenant: e.tenant, correlationId: e.correlationId, actor: d.payload.actor };
      });
    const opened = facts.find((f) => f.type === 'jejak.case.opened.v1');
    if (!opened) return; // the case waits for its opening

    const recordedCase = await this.store.readStream(caseStream(caseId));
    const applied = new Set(recordedCase.map((e) => e.causationId).filter((id): id is string => id !== null));
    let state: CaseState = fold(this.decider, recordedCase.map((e) => toDomainEvent<CaseEvent>(e)));
    const revision = recordedCase.length > 0 ? recordedCase[recordedCase.length - 1].revision : -1;

    let sop: PinnedSop;
    let procedureIndex: number | null = null;
    const rejections: NewEvent[] = [];
    const reject = (fact: FactOnRecord, code: string, message: string) =>
      rejections.push({ type: CASE_FACT_REJECTED, data: { caseId, factId: fact.id, code, message } satisfies CaseFactRejected['data'], metadata: this.metadataOf(fact) });

    if (state.stage === 'not_started') {
      const resolution = await this.resolver.resolve(client, this.tables, opened.tenant, opened.payload as CaseOpenedV1);
      if (resolution.kind === 'parked') return this.tables.park(client, caseId, opened.tenant, resolution.reason);
      if (resolution.kind === 'rejected') {
        reject(opened, resolution.code, resolution.message);
        await this.tables.unpark(client, caseId);
        return this.append(client, caseFactsStream(caseId), rejections, 'any');
      }
      ({ sop, procedureIndex } = resolution);
    } else {
      sop = { sopId: state.info.sopId, version: state.info.version, content: state.info.content };
    }
    await this.tables.unpark(client, caseId);

    const flow = buildSopFlow(sop.content, state.stage === 'not_started' ? (procedureIndex === null ? null : [procedureIndex]) : state.info.procedureIndexes);
    const plan = planCaseCommands(facts, (stepKey) => (flow.get(stepKey)?.step.decision ?? null) !== null);
    const produced: NewEvent[] = [];
    for (const planned of plan) {
      if (applied.has(planned.factId)) continue;
      const fact = facts.find((f) => f.id === planned.factId) as FactOnRecord;
      try {
        const events = this.decider.decide(caseCommandOf(planned, { caseId, sop, procedureIndex, source: opened.source }), state);
        for (const e of events) state = this.decider.evolve(state, e);
        produced.push(...events.map((e) => ({ type: e.type, data: e.data, metadata: this.metadataOf(fact) })));
      } catch (error) {
        if (!isDomainError(error)) throw error;
        reject(fact, error.code, error.message);
      }
    }
    await this.append(client, caseStream(caseId), produced, revision === -1 ? 'no_stream' : revision);
    await this.append(client, caseFactsStream(caseId), rejections, 'any');
  }

  private metadataOf(fact: FactOnRecord) {
    const actor = { userId: fact.actor.userId, role: fact.actor.role, ...(fact.actor.name ? { name: fact.actor.name } : {}) };
    return { tenant: fact.tenant, actor, correlationId: fact.correlationId, causationId: fact.id };
  }

  private async append(client: PoolClient, stream: string, events: NewEvent[], expectedRevision: 'any' | 'no_stream' | number): Promise<void> {
    if (events.length === 0) return;
    if (this.store instanceof PostgresEventStore) await this.store.append(stream, events, { expectedRevision, client });
    else await this.store.append(stream, events, { expectedRevision });
  }
}
