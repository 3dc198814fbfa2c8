/**
 * Numbering whose cost does not grow with the book: a book that already holds 20,000 numbers (its
 * counter row, its issued rows and its 20,000 `NumberIssued` audit events seeded directly) takes 10
 * and then 50 simultaneous registrations, all answered with distinct, consecutive numbers, none
 * refused. A book kept before the counters existed (only its stream) is taken over once; issuing is
 * idempotent per letter; every counter stays a safe integer. Real HTTP and PostgreSQL; Dinkop Jawa
 * Timur (35).
 */
import { CommandPipeline } from '@jejak/service-kit';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { LettersConfigRegistry } from '../src/config/letters-config.registry';
import { NUMBER_BOOK_SCHEMA, inNumberingUnit, issueNumber } from '../src/shared/number-book';
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(180_000);

const SEEDED = 20_000;
const KEY_2024 = { tenant: '35', sequence: 'agenda-masuk', year: 2024 };
const BOOK_2024 = 'number-sequence-35-agenda-masuk-2024';

const surat = (perihal: string) => ({
  tanggalDiterima: '2024-08-01',
  pengirim: { nama: 'Ketua Koperasi Sumber Rejeki' },
  nomorSurat: '12/KSR/VIII/2024',
  tanggalSurat: '2024-07-25',
  perihal,
  sifat: 'biasa',
  klasifikasi: '500.3',
  routeTo: refOf('kadis-35'),
  sopCase: null,
});

const metadata = { tenant: '35', actor: { userId: 'seed', role: 'SEKRETARIS', name: 'Seed' }, correlationId: 'seed-numbering' };

describe('numbering at scale: the cost per number is independent of the book', () => {
  let h: LettersHarness;
  let store: EventStore;

  const register = (perihal: string) => h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat(perihal));
  const numbersOf = (responses: { status: number; body: { nomor: string } }[]) => responses.map((r) => Number(r.body.nomor));
  const counter = async (year: number) =>
    (await h.db.pool.query(`SELECT last_issued::text AS n FROM ${NUMBER_BOOK_SCHEMA}.counters WHERE tenant = '35' AND sequence = 'agenda-masuk' AND year = $1`, [year])).rows[0]?.n as string | undefined;

  beforeAll(async () => {
    h = await startLettersHarness('letters_scale', { start: '2024-08-02T02:00:00.000Z', users: ['petugas-35', 'sekretaris-35'] });
    store = h.app.get<EventStore>(EVENT_STORE);
    // The book of 2024 as a year of work leaves it: 20,000 numbers, each with its audit event.
    for (let from = 1; from <= SEEDED; from += 2_000) {
      const events = Array.from({ length: 2_000 }, (_, i) => ({
        type: 'NumberIssued',
        data: { ...KEY_2024, n: from + i, letterId: `seed-${from + i}`, issuedBy: { userId: 'seed', name: 'Seed' }, issuedAt: '2024-01-02T02:00:00.000Z' },
        metadata,
      }));
      await store.append(BOOK_2024, events, { expectedRevision: 'any' });
    }
    await h.db.pool.query(`INSERT INTO ${NUMBER_BOOK_SCHEMA}.counters (tenant, sequence, year, last_issued) VALUES ('35', 'agenda-masuk', 2024, $1)`, [SEEDED]);
    await h.db.pool.query(
      `INSERT INTO ${NUMBER_BOOK_SCHEMA}.issued (tenant, sequence, year, n, letter_id) SELECT '35', 'agenda-masuk', 2024, g, 'seed-' || g FROM generate_series(1, $1::int) AS g`,
      [SEEDED],
    );
  });
  afterAll(async () => h?.close());

  it('10 simultaneous registrations on a book of 20,000 numbers all succeed with 20,001..20,010', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => register(`Permohonan data koperasi ${i}`)));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    expect([...numbersOf(responses)].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => SEEDED + 1 + i));
    expect(await counter(2024)).toBe(String(SEEDED + 10));
  });

  it('50 simultaneous registrations then take the next 50, consecutive, each on its letter, and the audit stream follows the counter', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => register(`Undangan rapat anggota ${i}`)));
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const numbers = numbersOf(responses);
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => SEEDED + 11 + i));

    const audit = await h.db.pool.query(`SELECT (data->>'n')::int AS n, data->>'letterId' AS "letterId" FROM letters_es.events WHERE stream_id = $1 AND revision >= $2 ORDER BY revision`, [BOOK_2024, SEEDED]);
    expect(audit.rows.map((r) => r.n)).toEqual(Array.from({ length: 60 }, (_, i) => SEEDED + 1 + i));
    const issued = await h.db.pool.query(`SELECT n::int AS n, letter_id FROM ${NUMBER_BOOK_SCHEMA}.issued WHERE year = 2024 AND n > $1 ORDER BY n`, [SEEDED]);
    expect(issued.rows.map((r) => r.letter_id)).toEqual(audit.rows.map((r) => r.letterId));
    for (const [i, r] of responses.entries()) expect(issued.rows.find((row) => row.n === numbers[i])?.letter_id).toBe(r.body.letterId);
  });

  it('issuing again for a letter the book numbered returns its number and the book does not move', async () => {
    const pipeline = h.app.get(CommandPipeline);
    const book = h.app.get(LettersConfigRegistry).forTenant('35').sequence;
    const by = { userId: 'u-petugas', name: 'Petugas', roles: ['PETUGAS' as const], tenant: '35' };
    const ask = (letterId: string) => inNumberingUnit(store, KEY_2024, (uow) => issueNumber(pipeline, book, uow, { key: KEY_2024, letterId, by, at: '2024-08-02T02:00:00.000Z', metadata }));
    const before = await h.eventCount(BOOK_2024);
    expect(await ask('seed-17')).toEqual({ ...KEY_2024, n: 17, letterId: 'seed-17' });
    const [a, b] = await Promise.all([ask('6a0c6f1e-1111-4000-8000-000000000001'), ask('6a0c6f1e-1111-4000-8000-000000000001')]);
    expect(a).toEqual(b);
    expect(a.n).toBe(SEEDED + 61);
    expect(await counter(2024)).toBe(String(SEEDED + 61));
    expect(await h.eventCount(BOOK_2024)).toBe(before + 1);
  });

  it('a book kept before the counters existed (its stream only) is taken over once and continues gap-free', async () => {
    const legacy = { ...KEY_2024, year: 2023 };
    await store.append(
      'number-sequence-35-agenda-masuk-2023',
      [
        { type: 'NumberSequenceOpened', data: { ...legacy, lastIssued: 40, openedBy: { userId: 'seed', name: 'Seed' }, openedAt: '2023-06-01T02:00:00.000Z' }, metadata },
        ...[41, 42, 43].map((n) => ({ type: 'NumberIssued', data: { ...legacy, n, letterId: `old-${n}`, issuedBy: { userId: 'seed', name: 'Seed' }, issuedAt: '2023-06-02T02:00:00.000Z' }, metadata })),
      ],
      { expectedRevision: 'no_stream' },
    );
    h.clock.set('2023-12-20T02:00:00.000Z');
    try {
      const next = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send({ ...surat('Laporan akhir tahun'), tanggalDiterima: '2023-12-20', tanggalSurat: '2023-12-18' }).expect(201);
      expect(next.body.nomor).toBe('44');
      expect(await counter(2023)).toBe('44');
      const taken = await h.db.pool.query(`SELECT n::int AS n FROM ${NUMBER_BOOK_SCHEMA}.issued WHERE year = 2023 ORDER BY n`);
      expect(taken.rows.map((r) => r.n)).toEqual([41, 42, 43, 44]);
    } finally {
      h.clock.set('2024-08-02T02:00:00.000Z');
    }
  });

  it('bounds every counter to safe integers: lastIssued 9007199254740992, 1e308, -1 or 1.5 is a 400 naming lastIssued and stores nothing', async () => {
    const before = { events: await h.eventCount(), counters: (await h.db.pool.query(`SELECT count(*)::int AS n FROM ${NUMBER_BOOK_SCHEMA}.counters`)).rows[0].n };
    for (const raw of ['9007199254740992', '1e308', '-1', '1.5', '"12"', 'null']) {
      const res = await h
        .http()
        .post('/number-sequences/agenda-masuk/2026/open')
        .set(h.as('sekretaris-35'))
        .set('Content-Type', 'application/json')
        .send(`{"lastIssued":${raw}}`);
      expect({ raw, status: res.status }).toEqual({ raw, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('lastIssued');
    }
    for (const year of ['1e3', '20x4', '99999', '2024.5']) {
      const res = await h.http().post(`/number-sequences/agenda-masuk/${year}/open`).set(h.as('sekretaris-35')).send({ lastIssued: 3 });
      expect({ year, status: res.status }).toEqual({ year, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('year');
    }
    expect(await h.eventCount()).toBe(before.events);
    expect((await h.db.pool.query(`SELECT count(*)::int AS n FROM ${NUMBER_BOOK_SCHEMA}.counters`)).rows[0].n).toBe(before.counters);
  });

  it('a book opened at the highest safe number issues it once, then refuses (409) instead of overflowing', async () => {
    await h.http().post('/number-sequences/agenda-masuk/2025/open').set(h.as('sekretaris-35')).send({ lastIssued: Number.MAX_SAFE_INTEGER - 1 }).expect(201);
    const again = await h.http().post('/number-sequences/agenda-masuk/2025/open').set(h.as('sekretaris-35')).send({ lastIssued: 5 }).expect(409);
    expect(again.body.code).toBe('SEQUENCE_ALREADY_OPEN');
    h.clock.set('2025-03-03T02:00:00.000Z');
    try {
      const body = { ...surat('Permohonan audiensi'), tanggalDiterima: '2025-03-03', tanggalSurat: '2025-03-01' };
      const last = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(body).expect(201);
      expect(last.body.nomor).toBe(String(Number.MAX_SAFE_INTEGER));
      const events = await h.eventCount();
      const full = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(body).expect(409);
      expect(full.body.code).toBe('SEQUENCE_EXHAUSTED');
      expect(await h.eventCount()).toBe(events);
      expect(await counter(2025)).toBe(String(Number.MAX_SAFE_INTEGER));
    } finally {
      h.clock.set('2024-08-02T02:00:00.000Z');
    }
  });
});
