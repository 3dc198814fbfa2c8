import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { complianceProjection } from '../workers/compliance.projection';
import { SERVICE_NAME } from '../compliance.service-name';

/**
 * `node services/compliance/dist/cli/rebuild.main.js` (or `npm run rebuild -w @jejak/compliance`): rebuilds the
 * compliance read models from the service's own log (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service),
 * blue-green, with a progress bar and events/second. Safe while the service runs.
 */
runRebuildCli(SERVICE_NAME, complianceProjection).catch((error: unknown) => {
  process.stderr.write(`${SERVICE_NAME} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
