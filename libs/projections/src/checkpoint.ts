import type { LogPosition } from '@jejak/event-store';
import type { EntityManager } from 'typeorm';

export const CHECKPOINT_TABLE = 'projection_checkpoints';

export async function ensureCheckpointTable(manager: EntityManager): Promise<void> {
  await manager.query(
    `CREATE TABLE IF NOT EXISTS ${CHECKPOINT_TABLE} (
       name text PRIMARY KEY,
       commit_position numeric(20) NOT NULL,
       prepare_position numeric(20) NOT NULL,
       events_applied bigint NOT NULL DEFAULT 0,
       updated_at timestamptz NOT NULL DEFAULT now(),
       last_recorded_at timestamptz
     )`,
  );
}

/** Adds what later versions store to a checkpoint table created by an earlier one (run by `migrate`). */
export async function upgradeCheckpointTable(manager: EntityManager): Promise<void> {
  await manager.query(`ALTER TABLE ${CHECKPOINT_TABLE} ADD COLUMN IF NOT EXISTS last_recorded_at timestamptz`);
}

/** Reads the checkpoint and locks its row for the rest of the transaction. */
export async function readCheckpointForUpdate(manager: EntityManager, name: string): Promise<LogPosition | undefined> {
  await manager.query(
    `INSERT INTO ${CHECKPOINT_TABLE} (name, commit_position, prepare_position) VALUES ($1, -1, -1)
     ON CONFLICT (name) DO NOTHING`,
    [name],
  );
  const rows: { commit_position: string; prepare_position: string }[] = await manager.query(
    `SELECT commit_position, prepare_position FROM ${CHECKPOINT_TABLE} WHERE name = $1 FOR UPDATE`,
    [name],
  );
  const row = rows[0];
  if (!row || row.commit_position === '-1') return undefined;
  return { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
}

/** Moves the checkpoint to the last event of a batch (`recordedAt`: that event's recorded time, for the lag metric). */
export async function writeCheckpoint(manager: EntityManager, name: string, position: LogPosition, applied: number, recordedAt?: Date): Promise<void> {
  await manager.query(
    `UPDATE ${CHECKPOINT_TABLE}
        SET commit_position = $2, prepare_position = $3, events_applied = events_applied + $4, updated_at = now(),
            last_recorded_at = COALESCE($5, last_recorded_at)
      WHERE name = $1`,
    [name, position.commit.toString(), position.prepare.toString(), applied, recordedAt ?? null],
  );
}

/** Counts events applied without moving the checkpoint (a retry of parked events). */
export async function addApplied(manager: EntityManager, name: string, applied: number): Promise<void> {
  if (applied === 0) return;
  await manager.query(`UPDATE ${CHECKPOINT_TABLE} SET events_applied = events_applied + $2, updated_at = now() WHERE name = $1`, [name, applied]);
}

export interface CheckpointState {
  position: LogPosition | undefined;
  /** Recorded time of the last event the checkpoint moved over, when known. */
  lastRecordedAt: Date | null;
}

/** The checkpoint without locking it (status and metrics). */
export async function readCheckpointState(manager: EntityManager, name: string): Promise<CheckpointState> {
  const rows: { commit_position: string; prepare_position: string; last_recorded_at: Date | null }[] = await manager.query(
    `SELECT commit_position, prepare_position, last_recorded_at FROM ${CHECKPOINT_TABLE} WHERE name = $1`,
    [name],
  );
  const row = rows[0];
  if (!row || row.commit_position === '-1') return { position: undefined, lastRecordedAt: row?.last_recorded_at ?? null };
  return { position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }, lastRecordedAt: row.last_recorded_at };
}

/** Anything that runs SQL and returns rows (a TypeORM DataSource or EntityManager). */
export interface CheckpointQueryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The lowest checkpoint stored in a read schema (one projection per schema: its checkpoint), read
 * without a lock: how far the read model that serves reads has projected. Undefined when nothing was
 * projected yet or the schema's checkpoint table does not exist yet (projection not migrated).
 */
export async function readSchemaCheckpoint(db: CheckpointQueryable, schema: string): Promise<LogPosition | undefined> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid read schema name ${JSON.stringify(schema)}`);
  let rows: { commit_position: string; prepare_position: string }[];
  try {
    rows = (await db.query(
      `SELECT commit_position, prepare_position FROM "${schema}".${CHECKPOINT_TABLE}
        ORDER BY commit_position, prepare_position LIMIT 1`,
    )) as { commit_position: string; prepare_position: string }[];
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return undefined;
    throw error;
  }
  const row = rows[0];
  if (!row || row.commit_position === '-1') return undefined;
  return { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
}
