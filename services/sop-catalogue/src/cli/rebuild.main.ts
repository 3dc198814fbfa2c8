import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { SOP_CATALOGUE_SERVICE } from '../sop-catalogue.service';
import { sopCatalogueProjection } from '../sops/read-model/sop-catalogue.projection';

/**
 * `node services/sop-catalogue/dist/cli/rebuild.main.js`: rebuilds the read model from the service's own log
 * (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service), blue-green. Safe while the service runs.
 */
runRebuildCli(SOP_CATALOGUE_SERVICE, sopCatalogueProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${SOP_CATALOGUE_SERVICE.name} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
