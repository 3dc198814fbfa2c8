import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { SOP_CATALOGUE_SERVICE } from '../sop-catalogue.service';
import { sopCatalogueProjection } from '../sops/read-model/sop-catalogue.projection';

runRebuildCli(SOP_CATALOGUE_SERVICE.name, sopCatalogueProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
