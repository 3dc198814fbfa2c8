import { eventStoreTables } from '@jejak/event-store';
import { createPool } from '@jejak/postgres';
import { ProjectionRunner, terminalRebuildProgress, type ProjectionDefinition, type RebuildResult } from '@jejak/projections';
import { DataSource } from 'typeorm';
import { createEventStore } from './adapters';
import { loadServiceConfig, schemaFor } from './config';
import type { ServiceIdentity } from './service-identity';

/**
 * `node services/<service>/dist/cli/rebuild.main.js`: replays the service's whole log into fresh
 * read-model tables and switches over, with a progress bar and events per second on the terminal.
 * Safe while the service runs: the switch happens under the projection's lock.
 */
export async function runRebuildCli(
  service: Pick<ServiceIdentity, 'name'>,
  projection: ProjectionDefinition,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RebuildResult> {
  const serviceName = service.name;
  const config = loadServiceConfig(serviceName, 0, { ...env, PORT: env.PORT ?? '0' });
  const pool = createPool(config.databaseUrl, { max: 4 });
  const store = await createEventStore(config, pool);
  const dataSource = await new DataSource({ type: 'postgres', url: config.databaseUrl, extra: { max: 4 } }).initialize();
  try {
    const runner = new ProjectionRunner({ store, dataSource, projection });
    const estimateTotal =
      config.eventStore.kind === 'postgres'
        ? async () => Number((await pool.query(`SELECT count(*) AS n FROM ${eventStoreTables(schemaFor(serviceName, 'es')).events}`)).rows[0].n)
        : undefined;
    const result = await runner.rebuild({ estimateTotal, onProgress: terminalRebuildProgress(`${serviceName} ${projection.name}`) });
    process.stdout.write(
      `${serviceName}: rebuilt projection "${projection.name}" from ${result.processed} events in ${result.seconds.toFixed(1)} s (${result.eventsPerSecond} events/s)\n`,
    );
    return result;
  } finally {
    await store.close();
    await dataSource.destroy();
    await pool.end();
  }
}
