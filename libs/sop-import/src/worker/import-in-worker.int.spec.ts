import { DomainError } from '@jejak/domain-kit';
import { bookFromSeed } from '../bench/large-book';
import { importSopBook } from '../sop-book.importer';
import { readSeed, SEEDS } from '../testing/seeds';
import { ImportTimeoutError, ImportTooLargeError } from './import-errors';
import { importBookInWorker } from './import-in-worker';

describe('importBookInWorker (a real worker thread)', () => {
  const seed = readSeed(SEEDS.pacitanBook);

  it('answers what importSopBook answers on the calling thread', async () => {
    const report = await importBookInWorker(seed, { dinas: '35.01', source: 'pacitan.txt' }, { timeoutMs: 60_000 });
    expect(report).toEqual(importSopBook(seed, { dinas: '35.01', source: 'pacitan.txt' }));
  });

  it('keeps the event loop free while a 5 MB book is imported', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    try {
      const report = await importBookInWorker(bookFromSeed(seed, 5_000_000), {}, { timeoutMs: 120_000, maxBytes: 6 * 1024 * 1024 });
      expect(report.sops.length).toBeGreaterThan(1000);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it('terminates the worker and rejects with ImportTimeoutError when the time is up', async () => {
    const started = Date.now();
    const failure = await importBookInWorker(bookFromSeed(seed, 2_000_000), {}, { timeoutMs: 50 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportTimeoutError);
    expect(failure).toMatchObject({ code: 'SOP_IMPORT_TIMEOUT', status: 422, timeoutMs: 50 });
    expect((failure as Error).message).toContain('batas waktu');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a book over the size limit before starting a worker', async () => {
    const failure = await importBookInWorker('é'.repeat(600), {}, { maxBytes: 1000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportTooLargeError);
    expect(failure).toMatchObject({ code: 'SOP_IMPORT_TOO_LARGE', status: 413, bytes: 1200, maxBytes: 1000 });
    expect((failure as Error).message).toMatch(/terlalu besar \(1,2 KB\); batasnya 1000 byte/);
  });

  it("passes the importer's own validation error back as a DomainError", async () => {
    const failure = await importBookInWorker(seed, { dinas: 'jatim' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ kind: 'validation', code: 'DINAS_CODE_INVALID', details: [{ field: 'dinas' }] });
  });
});
