import 'reflect-metadata';
import { terminalRebuildProgress } from '@jejak/projections';
import { loadServiceConfig } from '@jejak/service-kit';
import { DEFAULT_PORT, SERVICE_NAME } from '../compliance.service-name';
import { rebuildComplianceReadModels } from './compliance-rebuild';

/**
 * `node services/compliance/dist/cli/rebuild.main.js`: rebuilds the compliance read models from the service's own
 * event log (DATABASE_URL, EVENT_STORE, KURRENTDB_URL as for the service), with a progress bar and events/second.
 */
async function main(): Promise<void> {
  const config = loadServiceConfig(SERVICE_NAME, DEFAULT_PORT);
  const result = await rebuildComplianceReadModels(config, { onProgress: terminalRebuildProgress('compliance read models') });
  process.stdout.write(
    `compliance read models rebuilt: ${result.processed} events in ${result.seconds.toFixed(1)} s (${result.eventsPerSecond} events/s)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`compliance rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
