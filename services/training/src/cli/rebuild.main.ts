import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { kegiatanProjection } from '../kegiatan/read-model/kegiatan.projection';
import { TRAINING_SERVICE } from '../training.service';

/**
 * `node services/training/dist/cli/rebuild.main.js`: rebuilds the read model from the service's own log
 * (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service), blue-green. Safe while the service runs.
 */
runRebuildCli(TRAINING_SERVICE, kegiatanProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${TRAINING_SERVICE.name} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
