import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { permittingProjection } from '../read-model/permitting.projection';
import { PERMITTING_SERVICE } from '../permitting.service';

/**
 * `node services/permitting/dist/cli/rebuild.main.js`: rebuilds the read model from the service's own log
 * (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service), blue-green. Safe while the service runs.
 */
runRebuildCli(PERMITTING_SERVICE, permittingProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${PERMITTING_SERVICE.name} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
