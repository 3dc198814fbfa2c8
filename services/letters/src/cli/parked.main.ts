import 'reflect-metadata';
import { runParkedCli } from '@jejak/service-kit';
import { LETTERS_SERVICE } from '../letters.service';
import { lettersOutboxMapping } from '../outbox/letters.outbox-mapping';
import { lettersProjection } from '../read-model/letters.projection';
import { LETTER_STREAM_PREFIXES } from '../shared/letter.streams';

/**
 * `node services/letters/dist/cli/parked.main.js list|retry <event-id>|all [--worker projection|outbox] [--json]`:
 * the events the read-model projection or the outbox parked (they could not be handled), and their retry after a fix
 * (same environment as the service).
 */
runParkedCli({
  serviceName: LETTERS_SERVICE.name,
  projection: lettersProjection,
  outbox: { streamPrefixes: LETTER_STREAM_PREFIXES, map: () => lettersOutboxMapping },
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${LETTERS_SERVICE.name} parked failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
