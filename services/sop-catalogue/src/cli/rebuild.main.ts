import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { sopCatalogueProjection } from '../sops/read-model/sop-catalogue.projection';

runRebuildCli('sop-catalogue', sopCatalogueProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
