import type { IntegrationEvent } from '@jejak/contracts';
import type { EventStore, RecordedEvent, SubscribeToAllOptions, Subscription } from '@jejak/event-store';
import type { Pool, PoolClient } from 'pg';
import type { EventTransport } from '../transport.port';
import { toError } from '../delivery/deliver-with-retries';
import { Doorbell, StopSignal } from '../delivery/stop-signal';
import { integrationEventId } from './integration-event-id';
import { OutboxCheckpointStore } from './outbox-checkpoint.store';

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
}

/**
 * Publishes a service's domain events, read from its event store, as integration events.
 * Checkpoint after publish: a crash in between republishes the batch with the same deterministic
 * ids (at-least-once; consumers deduplicate). One relay per name is active at a time: it holds a
 * session advisory lock on a dedicated connection, and saves the checkpoint on that connection, so
 * a relay that lost its lease cannot move the checkpoint.
 */
export class OutboxRelay {
  private readonly checkpoints: OutboxCheckpointStore;
  private readonly stopSignal = new StopSignal();
  private readonly activated = new Doorbell();
  private active: Subscription | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.checkpoints = new OutboxCheckpointStore(options.pool, options.schema);
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
        this.report(toError(error));
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
    this.activated.ring();
    let unsubscribe = (): void => undefined;
    const stopped = new Promise<undefined>((resolve) => (unsubscribe = this.stopSignal.onStop(() => resolve(undefined))));
    const outcome = await Promise.race([failed, stopped]);
    unsubscribe();
    this.active = undefined;
    await subscription.stop();
    return outcome;
  }

  private async relayBatch(client: PoolClient, events: RecordedEvent[]): Promise<void> {
    const byTopic = new Map<string, IntegrationEvent[]>();
    for (const domainEvent of events) {
      const mapped = await this.options.map(domainEvent);
      if (!mapped) continue;
      const event = { ...mapped.event, id: integrationEventId(domainEvent.id, mapped.event.type) };
      const list = byTopic.get(mapped.topic);
      if (list) list.push(event);
      else byTopic.set(mapped.topic, [event]);
    }
    for (const [topic, integrationEvents] of byTopic) await this.options.transport.publish(topic, integrationEvents);
    await this.checkpoints.save(client, this.options.name, events[events.length - 1].position);
  }

  private report(error: Error): void {
    if (this.options.onError) this.options.onError(error);
    else console.error(`[OutboxRelay ${this.options.name}] ${error.message}`);
  }
}
