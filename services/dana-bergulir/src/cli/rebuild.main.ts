import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { danaBergulirProjection } from '../workers/dana-bergulir.projection';
import { DANA_BERGULIR_SERVICE } from '../dana-bergulir.service';

/**
 * `node services/dana-bergulir/dist/cli/rebuild.main.js`: rebuilds the read model from the service's own log
 * (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service), blue-green. Safe while the service runs.
 */
runRebuildCli(DANA_BERGULIR_SERVICE, danaBergulirProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${DANA_BERGULIR_SERVICE.name} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
