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
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
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

export async function writeCheckpoint(manager: EntityManager, name: string, position: LogPosition, applied: number): Promise<void> {
  await manager.query(
    `UPDATE ${CHECKPOINT_TABLE}
        SET commit_position = $2, prepare_position = $3, events_applied = events_applied + $4, updated_at = now()
      WHERE name = $1`,
    [name, position.commit.toString(), position.prepare.toString(), applied],
  );
}
