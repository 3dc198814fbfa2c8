'use strict';
// A service process that commits a domain event to its event store (the outbox) and dies before it
// could publish anything: it prints `committed <event id>` after the commit, then waits to be SIGKILLed.
// Usage: node outbox-crash-writer.js <database url> <event store schema> <stream> <event id>
require('./ts-require-hook');
const { createPool } = require('@jejak/postgres');
const { PostgresEventStore } = require('@jejak/event-store');

async function main() {
  const [url, schema, stream, eventId] = process.argv.slice(2);
  if (!url || !schema || !stream || !eventId) throw new Error('usage: outbox-crash-writer.js <url> <schema> <stream> <event id>');
  const pool = createPool(url, { max: 2 });
  const store = await PostgresEventStore.create(pool, { schema });
  await store.append(
    stream,
    [
      {
        id: eventId,
        type: 'SopPublished',
        data: { sopId: stream, nama: 'Pelayanan Surat Masuk' },
        metadata: { tenant: '35.01', actor: { userId: 'u-1', role: 'admin' }, correlationId: 'corr-crash' },
      },
    ],
    { expectedRevision: 'no_stream' },
  );
  process.stdout.write(`committed ${eventId}\n`);
  // Where an in-process publish would go. The parent kills the process here.
  setInterval(() => undefined, 60_000);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
