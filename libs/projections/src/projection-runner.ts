import { comparePositions, START, type EventStore, type LogPosition, type RecordedEvent, type Subscription } from '@jejak/event-store';
import { ident } from '@jejak/postgres';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ensureCheckpointTable, readCheckpointForUpdate, writeCheckpoint } from './checkpoint';
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
  onError?: (error: Error) => void;
}

/**
 * Runs a projection: catch-up subscription to the event store, each batch applied in ONE transaction
 * together with its checkpoint (so a crash never double-counts or loses an effect), and a blue-green
 * `rebuild` that replays from position 0 into a fresh schema and then switches over.
 *
 * Every batch transaction takes a transaction-scoped advisory lock on the projection's name and
 * re-reads the checkpoint under it: two runner instances, or a runner and a rebuild, never apply the
 * same event twice.
 */
export class ProjectionRunner {
  private subscription?: Subscription;
  private failure?: Error;

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
      await migrator.transaction((manager) => ensureCheckpointTable(manager));
    } finally {
      await migrator.destroy();
    }
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    await this.migrate();
    const after = await this.currentCheckpoint();
    this.subscription = this.options.store.subscribeToAll({
      after: after ?? START,
      batchSize: this.options.batchSize ?? 500,
      onEvents: (events) => this.apply(events, this.options.projection.readSchema),
      onError: (error) => {
        this.failure = error;
        this.options.onError?.(error);
      },
    });
  }

  /** Resolves when every event committed before the call has been projected. */
  async caughtUp(): Promise<void> {
    if (!this.subscription) throw new Error(`projection ${this.name} is not running`);
    await this.subscription.caughtUp();
    if (this.failure) throw this.failure;
  }

  /** The error that stopped the subscription, if any (for readiness checks). */
  get error(): Error | undefined {
    return this.failure;
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
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
    if (relevant.length > 0) await this.options.projection.handle(relevant, manager);
    await writeCheckpoint(manager, this.name, fresh[fresh.length - 1].position, relevant.length);
  }

  private async enterSchema(manager: EntityManager, schema: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`projection:${this.name}`]);
    await manager.query(`SET LOCAL search_path TO ${ident(schema)}, public`);
    await ensureCheckpointTable(manager);
  }
}

function rate(processed: number, startedMs: number): number {
  const seconds = Math.max((Date.now() - startedMs) / 1000, 0.001);
  return Math.round(processed / seconds);
}
