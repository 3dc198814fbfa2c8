import type { RecordedEvent } from '@jejak/event-store';
import type { EntityManager, MigrationInterface } from 'typeorm';

/**
 * A read-model projection. Its tables live in one PostgreSQL schema (`readSchema`); the runner sets
 * `search_path` to that schema for every transaction, so migrations and handlers use unqualified
 * table names. That is what lets `rebuild` build the same tables in a fresh schema and switch over.
 */
export interface ProjectionDefinition {
  /** Stable name; also the checkpoint key and the advisory-lock key. */
  name: string;
  /** The live schema, e.g. `compliance_rm`. */
  readSchema: string;
  /** TypeORM migrations creating the read-model tables (unqualified names). */
  migrations: (new () => MigrationInterface)[];
  /** Applies a batch of events inside the runner's transaction. Must be deterministic. */
  handle(events: RecordedEvent[], manager: EntityManager): Promise<void>;
  /** Only events of these types are delivered (others still advance the checkpoint). */
  eventTypes?: string[];
}
