import {
  comparePositions,
  isTransientFailure,
  measureLag,
  START,
  type EventStore,
  type LogPosition,
  type ParkedEvent,
  type ParkingWorker,
  type RecordedEvent,
  type RetryParkedResult,
  type RetryParkedTarget,
  type Subscription,
  type WorkerStatus,
} from '@jejak/event-store';
import { ident } from '@jejak/postgres';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { applyWithParking, retryParkedWithin, type ParkingContext } from './apply-with-parking';
import { addApplied, ensureCheckpointTable, readCheckpointForUpdate, readCheckpointState, upgradeCheckpointTable, writeCheckpoint } from './checkpoint';
import { countParked, ensureParkedTable, listParked } from './parked-events';
import type { ProjectionDefinition } from './projection';

export interface RebuildProgress {
  processed: number;
  /** Estimated total, when the caller could tell. */
  total?: number;
  eventsPerSecond: number;
  phase: 'replaying' | 'switching' | 'done';
}

export interface RebuildOptions {
  batchSize?: number;
  estimateTotal?: () => Promise<number>;
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  processed: number;
  seconds: number;
  eventsPerSecond: number;
  checkpoint: LogPosition | undefined;
}

export interface ProjectionRunnerOptions {
  store: EventStore;
  /** The service's TypeORM data source (PostgreSQL) that holds the read models. */
  dataSource: DataSource;
  projection: ProjectionDefinition;
  batchSize?: number;
  /** A failure that stopped the subscription (transient handler error, store or connection failure); the runner restarts. */
  onError?: (error: Error) => void;
  /** An event was parked (logging). */
  onParked?: (event: RecordedEvent, reason: { error: Error } | { blockedBy: string }) => void;
  /** Wait before resubscribing after a failure; default 1000 ms. */
  restartDelayMs?: number;
  /** Which handler errors are retried rather than parked; default `isTransientFailure` (see its rule). */
  isTransient?: (error: Error) => boolean;
}

/**
 * Runs a projection: catch-up subscription to the event store, each batch applied in ONE transaction
 * together with its checkpoint (so a crash never double-counts or loses an effect), and a blue-green
 * `rebuild` that replays from position 0 into a fresh schema and then switches over.
 *
 * Every batch transaction takes a transaction-scoped advisory lock on the projection's name and
 * re-reads the checkpoint under it: two runner instances, or a runner and a rebuild, never apply the
 * same event twice.
 *
 * A poison event (its handler throws a non-transient error, see `isTransientFailure`) is parked in
 * `projection_parked_events` in the same transaction as the checkpoint move, and so is every later
 * event of its stream (a read-model row is built from one stream in order); other streams and
 * tenants go on. `retryParked` re-applies them after a fix. A transient failure rolls the batch
 * back; the runner resubscribes from its checkpoint after `restartDelayMs`.
 */
export class ProjectionRunner implements ParkingWorker {
  private subscription?: Subscription;
  private failure?: Error;
  private started = false;
  private restartTimer?: NodeJS.Timeout;

  constructor(private readonly options: ProjectionRunnerOptions) {}

  get name(): string {
    return this.options.projection.name;
  }

  /** Creates the live schema and runs the read-model migrations in it. */
  async migrate(schema = this.options.projection.readSchema): Promise<void> {
    await this.options.dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
    const base = this.options.dataSource.options as PostgresConnectionOptions;
    const migrator = new DataSource({
      ...base,
      name: `${this.name}-migrations-${schema}`,
      entities: [],
      subscribers: [],
      migrations: this.options.projection.migrations,
      migrationsTableName: 'read_model_migrations',
      migrationsRun: false,
      synchronize: false,
      logging: false,
      extra: { ...(base.extra ?? {}), max: 1, options: `-c search_path=${schema},public` },
    });
    await migrator.initialize();
    try {
      await migrator.runMigrations({ transaction: 'all' });
      await migrator.transaction(async (manager) => {
        await ensureCheckpointTable(manager);
        await upgradeCheckpointTable(manager);
        await ensureParkedTable(manager);
      });
    } finally {
      await migrator.destroy();
    }
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.migrate();
    this.started = true;
    await this.subscribe();
  }

  /** Follows the log from the checkpoint; on failure, tries again after `restartDelayMs` until stopped. */
  private async subscribe(): Promise<void> {
    this.restartTimer = undefined;
    if (!this.started) return;
    let after: LogPosition | undefined;
    try {
      after = await this.currentCheckpoint();
    } catch (error) {
      this.failed(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (!this.started) return;
    this.failure = undefined;
    const subscription = this.options.store.subscribeToAll({
      after: after ?? START,
      batchSize: this.options.batchSize ?? 500,
      onEvents: (events) => this.apply(events, this.options.projection.readSchema),
      onError: (error) => {
        if (this.subscription === subscription) this.failed(error);
      },
    });
    this.subscription = subscription;
  }

  private failed(error: Error): void {
    this.failure = error;
    this.options.onError?.(error);
    if (!this.started) return;
    this.restartTimer = setTimeout(() => void this.subscribe(), this.options.restartDelayMs ?? 1000);
    this.restartTimer.unref?.();
  }

  /**
   * Resolves when every event committed before the call has been projected (applied or parked).
   * Rejects with the failure while the runner is restarting after one.
   */
  async caughtUp(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.subscription) throw new Error(`projection ${this.name} is not running`);
    await this.subscription.caughtUp();
    if (this.failure) throw this.failure;
  }

  /** The error that stopped the subscription, while the runner restarts after it (for readiness checks). */
  get error(): Error | undefined {
    return this.failure;
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  /** Every parked event of this projection, in log order. */
  async parked(): Promise<ParkedEvent[]> {
    return this.inSchema((manager) => listParked(manager, this.name));
  }

  /**
   * Re-applies parked events (all, or the stream of one event) in stream order, under the
   * projection's lock; removes each that succeeds. Call it after the handler (or the data it reads)
   * was fixed; the service may be running.
   */
  async retryParked(target: RetryParkedTarget = 'all'): Promise<RetryParkedResult> {
    return this.inSchema(async (manager) => {
      const result = await retryParkedWithin(this.parkingContext(manager), this.options.store, target);
      await readCheckpointForUpdate(manager, this.name);
      await addApplied(manager, this.name, result.applied);
      return { retried: result.retried, failed: result.failed, remaining: await countParked(manager, this.name) };
    });
  }

  /** State, parked events and lag (readiness and metrics). */
  async status(): Promise<WorkerStatus> {
    const state: WorkerStatus['state'] = this.failure ? 'failed' : this.subscription ? 'running' : 'stopped';
    const { parked, checkpoint } = await this.options.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL search_path TO ${ident(this.options.projection.readSchema)}, public`);
      await ensureCheckpointTable(manager);
      await ensureParkedTable(manager);
      return { parked: await countParked(manager, this.name), checkpoint: await readCheckpointState(manager, this.name) };
    });
    const lag = await measureLag(this.options.store, checkpoint.position, checkpoint.lastRecordedAt);
    return { state, ...(this.failure ? { error: this.failure.message } : {}), parked, ...lag };
  }

  private inSchema<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.options.dataSource.transaction(async (manager) => {
      await this.enterSchema(manager, this.options.projection.readSchema);
      return work(manager);
    });
  }

  private parkingContext(manager: EntityManager): ParkingContext {
    return {
      manager,
      worker: this.name,
      handle: (events, m) => this.options.projection.handle(events, m),
      isTransient: this.options.isTransient ?? isTransientFailure,
      onParked: this.options.onParked,
    };
  }

  async currentCheckpoint(schema = this.options.projection.readSchema): Promise<LogPosition | undefined> {
    return this.options.dataSource.transaction(async (manager) => {
      await this.enterSchema(manager, schema);
      return readCheckpointForUpdate(manager, this.name);
    });
  }

  /**
   * Replays the whole log into `<readSchema>_next`, then, under the projection's lock, applies what
   * arrived meanwhile and renames the schemas in one transaction. Readers see the old tables until
   * the switch commits and the new ones right after.
   */
  async rebuild(options: RebuildOptions = {}): Promise<RebuildResult> {
    const { readSchema } = this.options.projection;
    const target = `${readSchema}_next`;
    const batchSize = options.batchSize ?? 1000;
    const started = Date.now();
    const total = options.estimateTotal ? await options.estimateTotal() : undefined;
    let processed = 0;
    const progress = (phase: RebuildProgress['phase']) =>
      options.onProgress?.({ processed, total, phase, eventsPerSecond: rate(processed, started) });

    await this.options.dataSource.query(`DROP SCHEMA IF EXISTS ${ident(target)} CASCADE`);
    await this.migrate(target);

    let after: LogPosition = START;
    for (;;) {
      const batch = await this.options.store.readAll({ after, maxCount: batchSize });
      if (batch.length === 0) break;
      await this.apply(batch, target);
      after = batch[batch.length - 1].position;
      processed += batch.length;
      progress('replaying');
    }

    progress('switching');
    const checkpoint = await this.options.dataSource.transaction(async (manager) => {
      await this.enterSchema(manager, target);
      let position = (await readCheckpointForUpdate(manager, this.name)) ?? START;
      for (;;) {
        const batch = await this.options.store.readAll({ after: position, maxCount: batchSize });
        if (batch.length === 0) break;
        await this.applyWithin(manager, batch);
        position = batch[batch.length - 1].position;
        processed += batch.length;
      }
      const exists: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1`,
        [readSchema],
      );
      const retired = `${readSchema}_old`;
      await manager.query(`DROP SCHEMA IF EXISTS ${ident(retired)} CASCADE`);
      if (exists[0].n > 0) await manager.query(`ALTER SCHEMA ${ident(readSchema)} RENAME TO ${ident(retired)}`);
      await manager.query(`ALTER SCHEMA ${ident(target)} RENAME TO ${ident(readSchema)}`);
      await manager.query(`DROP SCHEMA IF EXISTS ${ident(retired)} CASCADE`);
      return position === START ? undefined : position;
    });
    progress('done');
    const seconds = (Date.now() - started) / 1000;
    return { processed, seconds, eventsPerSecond: rate(processed, started), checkpoint };
  }

  private async apply(events: RecordedEvent[], schema: string): Promise<void> {
    await this.options.dataSource.transaction(async (manager) => {
      await this.enterSchema(manager, schema);
      await this.applyWithin(manager, events);
    });
  }

  /** Applies the events newer than the checkpoint and moves the checkpoint, inside the caller's transaction. */
  private async applyWithin(manager: EntityManager, events: RecordedEvent[]): Promise<void> {
    const checkpoint = await readCheckpointForUpdate(manager, this.name);
    const fresh = checkpoint ? events.filter((e) => comparePositions(e.position, checkpoint) > 0) : events;
    if (fresh.length === 0) return;
    const types = this.options.projection.eventTypes;
    const relevant = types ? fresh.filter((e) => types.includes(e.type)) : fresh;
    const { applied } = relevant.length > 0 ? await applyWithParking(this.parkingContext(manager), relevant) : { applied: 0 };
    const last = fresh[fresh.length - 1];
    await writeCheckpoint(manager, this.name, last.position, applied, last.recordedAt);
  }

  private async enterSchema(manager: EntityManager, schema: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`projection:${this.name}`]);
    await manager.query(`SET LOCAL search_path TO ${ident(schema)}, public`);
    await ensureCheckpointTable(manager);
    await ensureParkedTable(manager);
  }
}

function rate(processed: number, startedMs: number): number {
  const seconds = Math.max((Date.now() - startedMs) / 1000, 0.001);
  return Math.round(processed / seconds);
}
