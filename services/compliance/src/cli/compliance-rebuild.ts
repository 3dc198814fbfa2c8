import { PostgresEventStore } from '@jejak/event-store';
import { createPool } from '@jejak/postgres';
import { ProjectionRunner, type RebuildProgress, type RebuildResult } from '@jejak/projections';
import { createEventStore, type ServiceConfig } from '@jejak/service-kit';
import { DataSource } from 'typeorm';
import { COMPLIANCE_READ_SCHEMA, complianceProjection } from '../compliance.projection';

export interface ComplianceRebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
  batchSize?: number;
}

/**
 * Rebuilds compliance's read models from its own log, blue-green: replays every event from position 0 into a fresh
 * schema, then switches over in one transaction (readers see the old tables until then). A running service keeps
 * serving; its projection continues from the rebuilt checkpoint.
 */
export async function rebuildComplianceReadModels(config: ServiceConfig, options: ComplianceRebuildOptions = {}): Promise<RebuildResult> {
  const pool = createPool(config.databaseUrl, { max: 4 });
  const dataSource = new DataSource({
    type: 'postgres',
    url: config.databaseUrl,
    entities: [],
    synchronize: false,
    migrationsRun: false,
    extra: { max: 4, options: `-c search_path=${COMPLIANCE_READ_SCHEMA},public` },
  });
  const store = await createEventStore(config, pool);
  try {
    await dataSource.initialize();
    const runner = new ProjectionRunner({ store, dataSource, projection: complianceProjection });
    return await runner.rebuild({
      batchSize: options.batchSize,
      onProgress: options.onProgress,
      estimateTotal:
        store instanceof PostgresEventStore
          ? async () => Number((await pool.query<{ n: string }>(`SELECT count(*)::bigint AS n FROM ${store.tables.events}`)).rows[0].n)
          : undefined,
    });
  } finally {
    await store.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await pool.end();
  }
}
