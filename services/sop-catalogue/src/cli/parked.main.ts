import 'reflect-metadata';
import { runParkedCli } from '@jejak/service-kit';
import { SOP_STREAM_PREFIX } from '../domain';
import { sopOutboxMapping } from '../outbox/sop-catalogue.outbox-mapping';
import { SOP_CATALOGUE_SERVICE } from '../sop-catalogue.service';
import { sopCatalogueProjection } from '../sops/read-model/sop-catalogue.projection';

/**
 * `node services/sop-catalogue/dist/cli/parked.main.js list|retry <event-id>|all [--worker projection|outbox] [--json]`:
 * the events the read-model projection or the outbox parked (they could not be handled), and their retry after a fix
 * (same environment as the service).
 */
runParkedCli({
  serviceName: SOP_CATALOGUE_SERVICE.name,
  projection: sopCatalogueProjection,
  outbox: { streamPrefixes: [SOP_STREAM_PREFIX], map: (store) => sopOutboxMapping(store) },
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${SOP_CATALOGUE_SERVICE.name} parked failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
