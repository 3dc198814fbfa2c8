import 'reflect-metadata';
import { runRebuildCli } from '@jejak/service-kit';
import { LETTERS_SERVICE } from '../letters.service';
import { lettersProjection } from '../read-model/letters.projection';

/**
 * `node services/letters/dist/cli/rebuild.main.js`: rebuilds the read model from the service's own log
 * (same DATABASE_URL, EVENT_STORE, KURRENTDB_URL as the service), blue-green. Safe while the service runs.
 */
runRebuildCli(LETTERS_SERVICE, lettersProjection).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${LETTERS_SERVICE.name} rebuild failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
