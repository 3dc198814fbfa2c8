'use strict';
// A letters process that dies between the two appends of a numbering unit: inside ONE unit of work it
// issues the next agenda number of a book for a letter (the production `issueNumber`), prints
// `issued <n>`, and then waits — holding the transaction open, the letter not yet appended — to be
// SIGKILLed by the test.
// Usage: node number-crash-issuer.js <database url> <tenant> <year> <letter id>
require('../../../../libs/messaging/src/testing/ts-require-hook.js');
require('reflect-metadata');
const { createPool } = require('@jejak/postgres');
const { PostgresEventStore } = require('@jejak/event-store');
const { CommandPipeline } = require('@jejak/service-kit');
const { LettersConfigRegistry } = require('../../src/config/letters-config.registry');
const { DEFAULT_LETTERS_SERVICE_CONFIG } = require('../../src/config/letters-service.config');
const { inNumberingUnit, issueNumber } = require('../../src/shared/number-book');

async function main() {
  const [url, tenantCode, year, letterId] = process.argv.slice(2);
  if (!url || !tenantCode || !year || !letterId) throw new Error('usage: number-crash-issuer.js <url> <tenant> <year> <letter id>');
  const pool = createPool(url, { max: 2 });
  const store = await PostgresEventStore.create(pool, { schema: 'letters_es' });
  const pipeline = new CommandPipeline(store);
  const tenant = new LettersConfigRegistry(DEFAULT_LETTERS_SERVICE_CONFIG).forTenant(tenantCode);
  const key = { tenant: tenantCode, sequence: tenant.config.suratMasuk.agendaSequence, year: Number(year) };
  const by = { userId: 'u-crash', name: 'Petugas (proses mati)', roles: ['PETUGAS'], tenant: tenantCode };
  const metadata = { tenant: tenantCode, actor: { userId: by.userId, role: 'PETUGAS', name: by.name }, correlationId: 'corr-crash' };
  await inNumberingUnit(store, key, async (uow) => {
    const issued = await issueNumber(pipeline, tenant.sequence, uow, { key, letterId, by, at: new Date(`${year}-04-02T02:00:00.000Z`).toISOString(), metadata });
    process.stdout.write(`issued ${issued.n}\n`);
    // Where the letter's append would follow. The parent kills the process here.
    await new Promise(() => setInterval(() => undefined, 60_000));
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
