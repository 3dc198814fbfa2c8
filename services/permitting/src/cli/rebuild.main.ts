import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { permitApplicationProjection } from '../permit-applications/read-model/permit-application.projection';
import { PERMITTING_SERVICE } from '../permitting.service';

/**
 * `node services/permitting/dist/cli/rebuild.main.js`: rebuilds the read model from the service's own log
 * (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service), blue-green. Safe while the service runs.
 */
runRebuildCli(PERMITTING_SERVICE, permitApplicationProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${PERMITTING_SERVICE.name} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
