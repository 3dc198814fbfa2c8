import 'reflect-metadata';
import { runParkedCli } from '@jejak/service-kit';
import { KEGIATAN_STREAM_PREFIX } from '../domain';
import { kegiatanProjection } from '../kegiatan/read-model/kegiatan.projection';
import { TRAINING_SERVICE } from '../training.service';
import { trainingOutboxMapping } from '../outbox/training.outbox-mapping';

/**
 * `node services/training/dist/cli/parked.main.js list|retry <event-id>|all [--worker projection|outbox] [--json]`:
 * the events the read-model projection or the outbox parked (they could not be handled), and their retry after a fix
 * (same environment as the service).
 */
runParkedCli({
  serviceName: TRAINING_SERVICE.name,
  projection: kegiatanProjection,
  outbox: { streamPrefixes: [KEGIATAN_STREAM_PREFIX], map: () => trainingOutboxMapping },
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${TRAINING_SERVICE.name} parked failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
