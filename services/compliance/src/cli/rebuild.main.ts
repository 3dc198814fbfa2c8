import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { COMPLIANCE_SERVICE } from '../compliance.service';
import { complianceProjection } from '../workers/compliance.projection';

/**
 * `node services/compliance/dist/cli/rebuild.main.js`: rebuilds the read model from the service's own log
 * (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service), blue-green. Safe while the service runs.
 */
runRebuildCli(COMPLIANCE_SERVICE, complianceProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${COMPLIANCE_SERVICE.name} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
