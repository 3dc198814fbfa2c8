import type { IntegrationEvent } from '@jejak/contracts';
import {
  isTransientFailure,
  measureLag,
  type EventStore,
  type ParkedEvent,
  type ParkingWorker,
  type RecordedEvent,
  type RetryParkedResult,
  type RetryParkedTarget,
  type SubscribeToAllOptions,
  type Subscription,
  type WorkerStatus,
} from '@jejak/event-store';
import type { Pool, PoolClient } from 'pg';
import type { EventTransport } from '../transport.port';
import { toError } from '../delivery/deliver-with-retries';
import { Doorbell, StopSignal } from '../delivery/stop-signal';
import { describeViolations, envelopeViolations } from '../validation/envelope-rules';
import { InvalidIntegrationEventError } from '../validation/make-integration-event';
import { integrationEventId } from './integration-event-id';
import { OutboxCheckpointStore } from './outbox-checkpoint.store';
import { OutboxParkedStore, type OutboxParkReason } from './outbox-parked.store';
import { retryParkedOutbox } from './retry-parked-outbox';

/** What a domain event becomes on the wire; null when it is not published. */
export type OutboxMapping = { topic: string; event: IntegrationEvent } | null;

export interface OutboxRelayOptions {
  /** Names the checkpoint and the lease, e.g. `sop-catalogue.outbox`. */
  name: string;
  /** The service's own event store: it is the outbox. */
  store: EventStore;
  transport: EventTransport;
  /** The service's database: holds `<schema>.outbox_checkpoints`. */
  pool: Pool;
  schema: string;
  /**
   * Maps a domain event to an integration event. Deterministic: the same domain event always maps to
   * the same integration event (it may read the immutable stream up to that event, hence the promise).
   * The relay sets the event id to `integrationEventId(domainEvent.id, event.type)`, whatever the
   * mapping put there.
   */
  map(event: RecordedEvent): OutboxMapping | Promise<OutboxMapping>;
  filter?: SubscribeToAllOptions['filter'];
  /** Events per batch (one publish per topic per batch); default 100. */
  batchSize?: number;
  /** Wait before restarting after a failure (publish, checkpoint, mapping); default 1000 ms. */
  restartDelayMs?: number;
  /** How often a standby relay (another instance holds the lease) tries again; default 1000 ms. */
  leaseRetryMs?: number;
  onError?(error: Error): void;
  /** An event was parked (logging). */
  onParked?(event: RecordedEvent, reason: OutboxParkReason): void;
  /** Which mapping errors are retried (the relay restarts) rather than parked; default `isTransientFailure`. */
  isTransient?(error: Error): boolean;
}

/** What mapping one domain event gave: publish, skip, or park (its error). */
export type MappedOutcome = { publish: { topic: string; event: IntegrationEvent } } | { skip: true } | { error: Error };

/**
 * Publishes a service's domain events, read from its event store, as integration events.
 * Checkpoint after publish: a crash in between republishes the batch with the same deterministic
 * ids (at-least-once; consumers deduplicate). One relay per name is active at a time: it holds a
 * session advisory lock on a dedicated connection, and saves the checkpoint on that connection, so
 * a relay that lost its lease cannot move the checkpoint.
 *
 * A domain event the mapping cannot map (it throws a non-transient error, see `isTransientFailure`,
 * or builds an invalid envelope) is parked in `<schema>.outbox_parked_events`, in the same
 * transaction as the checkpoint move, and so is every later event of its stream (consumers rely on
 * per-aggregate order); the rest is published. A transport failure is never the event's fault: the
 * batch is kept and the relay restarts. `retryParked` publishes parked events after a fix.
 */
export class OutboxRelay implements ParkingWorker {
  private readonly checkpoints: OutboxCheckpointStore;
  readonly parkedStore: OutboxParkedStore;
  private failure: Error | undefined;
  private standby = false;
  private readonly stopSignal = new StopSignal();
  private readonly activated = new Doorbell();
  private active: Subscription | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.checkpoints = new OutboxCheckpointStore(options.pool, options.schema);
    this.parkedStore = new OutboxParkedStore(options.schema);
  }

  get name(): string {
    return this.options.name;
  }

  /** Creates the checkpoint table, then relays in the background (or waits as a standby). */
  async start(): Promise<void> {
    if (this.running) return;
    await this.checkpoints.ensureSchema();
    this.running = this.run();
  }

  /** Resolves when every event in the store at the time of the call is published and checkpointed. */
  async caughtUp(): Promise<void> {
    for (;;) {
      if (this.stopSignal.stopped || !this.running) throw new Error(`outbox relay ${this.options.name} is not running`);
      const subscription = this.active;
      if (subscription) {
        try {
          await subscription.caughtUp();
          return;
        } catch {
          // the subscription failed or stopped: the relay restarts it
        }
      }
      await this.activated.wait(100, this.stopSignal);
    }
  }

  /** Finishes the batch in flight, then releases the lease. */
  async stop(): Promise<void> {
    this.stopSignal.stop();
    await this.running;
  }

  private async run(): Promise<void> {
    const { pool, restartDelayMs = 1000, leaseRetryMs = 1000 } = this.options;
    while (!this.stopSignal.stopped) {
      const client = await pool.connect().catch((error: Error) => error);
      if (client instanceof Error) {
        this.failure = client;
        this.report(client);
        await this.stopSignal.sleep(restartDelayMs);
        continue;
      }
      let broken: Error | undefined;
      const onClientError = (error: Error) => (broken = error);
      client.on('error', onClientError);
      try {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS locked', [
          `jejak_outbox.lease:${this.options.schema}`,
          this.options.name,
        ]);
        this.standby = !rows[0].locked;
        if (!rows[0].locked) {
          client.off('error', onClientError);
          client.release();
          await this.stopSignal.sleep(leaseRetryMs);
          continue;
        }
        const failure = await this.relayUntilStoppedOrFailed(client);
        if (failure) throw failure;
        await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', [`jejak_outbox.lease:${this.options.schema}`, this.options.name]);
        client.off('error', onClientError);
        client.release();
      } catch (error) {
        this.failure = toError(error);
        this.report(this.failure);
        client.off('error', onClientError);
        client.release(broken ?? toError(error)); // drops the connection, and so the lease
        await this.stopSignal.sleep(restartDelayMs);
      }
    }
  }

  /** Returns the failure that stopped the subscription, or undefined when the relay was stopped. */
  private async relayUntilStoppedOrFailed(client: PoolClient): Promise<Error | undefined> {
    const after = await this.checkpoints.load(client, this.options.name);
    let fail!: (error: Error) => void;
    const failed = new Promise<Error>((resolve) => (fail = resolve));
    const subscription = this.options.store.subscribeToAll({
      after,
      filter: this.options.filter,
      batchSize: this.options.batchSize ?? 100,
      onEvents: (events) => this.relayBatch(client, events),
      onError: (error) => fail(error),
    });
    this.active = subscription;
    this.failure = undefined;
    this.activated.ring();
    let unsubscribe = (): void => undefined;
    const stopped = new Promise<undefined>((resolve) => (unsubscribe = this.stopSignal.onStop(() => resolve(undefined))));
    const outcome = await Promise.race([failed, stopped]);
    unsubscribe();
    this.active = undefined;
    await subscription.stop();
    return outcome;
  }

  /**
   * One batch, in one transaction on the lease connection under the relay's parking lock: map each
   * event (parking the poison ones and what follows them on their streams), publish, then record the
   * parked events and move the checkpoint. A publish failure rolls back: nothing is parked, the
   * checkpoint stays, the relay restarts.
   */
  private async relayBatch(client: PoolClient, events: RecordedEvent[]): Promise<void> {
    await client.query('BEGIN');
    try {
      await this.lockParking(client);
      const blockers = await this.parkedStore.blockers(client, this.options.name, [...new Set(events.map((e) => e.stream))]);
      const byTopic = new Map<string, IntegrationEvent[]>();
      const toPark: [RecordedEvent, OutboxParkReason][] = [];
      for (const domainEvent of events) {
        const blocker = blockers.get(domainEvent.stream);
        if (blocker) {
          toPark.push([domainEvent, { blockedBy: blocker }]);
          continue;
        }
        const outcome = await this.mapOne(domainEvent);
        if ('error' in outcome) {
          toPark.push([domainEvent, { error: outcome.error }]);
          blockers.set(domainEvent.stream, domainEvent.id);
        } else if ('publish' in outcome) {
          const list = byTopic.get(outcome.publish.topic);
          if (list) list.push(outcome.publish.event);
          else byTopic.set(outcome.publish.topic, [outcome.publish.event]);
        }
      }
      for (const [topic, integrationEvents] of byTopic) await this.options.transport.publish(topic, integrationEvents);
      for (const [event, reason] of toPark) await this.parkedStore.park(client, this.options.name, event, reason);
      const last = events[events.length - 1];
      await this.checkpoints.save(client, this.options.name, last.position, last.recordedAt);
      await client.query('COMMIT');
      for (const [event, reason] of toPark) this.options.onParked?.(event, reason);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** Maps one domain event. A transient error is thrown (the batch is retried); any other is returned (park it). */
  async mapOne(domainEvent: RecordedEvent): Promise<MappedOutcome> {
    try {
      const mapped = await this.options.map(domainEvent);
      if (!mapped) return { skip: true };
      const event = { ...mapped.event, id: integrationEventId(domainEvent.id, mapped.event.type) };
      const violations = envelopeViolations(event);
      if (violations.length > 0) {
        throw new InvalidIntegrationEventError(`${mapped.event.type} for event ${domainEvent.id}: ${describeViolations(violations)}`, violations);
      }
      return { publish: { topic: mapped.topic, event } };
    } catch (thrown) {
      const error = toError(thrown);
      if ((this.options.isTransient ?? isTransientFailure)(error)) throw error;
      return { error };
    }
  }

  /** Serialises a live batch and a retry of parked events (transaction-scoped). */
  async lockParking(client: PoolClient): Promise<void> {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [`jejak_outbox.parked:${this.options.schema}`, this.options.name]);
  }

  /** Every parked event of this relay, in log order. */
  async parked(): Promise<ParkedEvent[]> {
    await this.checkpoints.ensureSchema();
    return this.parkedStore.list(this.options.pool, this.options.name);
  }

  /**
   * Publishes parked events (all, or the stream of one event) in stream order after a fix, and
   * removes each that was published. Safe while the relay runs (another process, too): it takes the
   * relay's parking lock, stream by stream.
   */
  async retryParked(target: RetryParkedTarget = 'all'): Promise<RetryParkedResult> {
    await this.checkpoints.ensureSchema();
    const result = await retryParkedOutbox(this, this.options.pool, this.options.store, this.options.transport, target);
    return { ...result, remaining: await this.parkedStore.count(this.options.pool, this.options.name) };
  }

  /** State, parked events and lag (readiness and metrics). */
  async status(): Promise<WorkerStatus> {
    const state: WorkerStatus['state'] =
      !this.running || this.stopSignal.stopped ? 'stopped' : this.failure ? 'failed' : this.standby && !this.active ? 'standby' : 'running';
    await this.checkpoints.ensureSchema();
    const [parked, after, lastRecordedAt] = await Promise.all([
      this.parkedStore.count(this.options.pool, this.options.name),
      this.checkpoints.load(this.options.pool, this.options.name),
      this.checkpoints.lastRecordedAt(this.options.pool, this.options.name),
    ]);
    const lag = await measureLag(this.options.store, after, lastRecordedAt, this.options.filter);
    return { state, ...(this.failure ? { error: this.failure.message } : {}), parked, ...lag };
  }

  private report(error: Error): void {
    if (this.options.onError) this.options.onError(error);
    else console.error(`[OutboxRelay ${this.options.name}] ${error.message}`);
  }
}
