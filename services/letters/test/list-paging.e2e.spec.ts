/**
 * Reads under load (issue 11): the letters lists (`GET /letters`, the agenda books, `GET /queues/me`)
 * are keyset pages with an opaque cursor. Walking every page while letters are being registered
 * sees each letter that existed before the walk exactly once (no duplicates, no gaps), the `Link`
 * header keeps the query, a forged cursor is a 400, and on a seeded table of tens of thousands of
 * rows each page is an index scan of the paging indexes (EXPLAIN of the very SQL the endpoints ran).
 */
import type { PoolClient } from 'pg';
import { LetterRowsReader } from '../src/read-model/letter-rows.reader';
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(300_000);

const USERS = ['petugas-35', 'kadis-35', 'staf-35'];
const BEFORE = 62; // letters registered before the walks: more than several pages of LIMIT
const LIMIT = 9;
const DURING = 15; // letters registered while the walks run

const surat = (i: number, sifat = 'biasa') => ({
  tanggalDiterima: '2024-06-03',
  pengirim: { nama: `Koperasi Nomor ${i}` },
  nomorSurat: `${i}/KOP/2024`,
  tanggalSurat: '2024-06-01',
  perihal: `Permohonan pendampingan ${i}`,
  sifat,
  klasifikasi: '500.3',
  routeTo: refOf('kadis-35'),
});

const UUID_0 = '00000000-0000-4000-8000-000000000000';
const key = (keys: (string | null)[]) => Buffer.from(JSON.stringify(keys)).toString('base64url');

interface Walked<T> {
  items: T[];
  pages: number;
  links: string[];
}

describe('letters lists: keyset pages with a stable cursor', () => {
  let h: LettersHarness;
  const before: string[] = [];
  let registered = 0;

  async function register(sifat = 'biasa'): Promise<string> {
    registered += 1;
    // Registration times move on (and repeat: ties are ordered by id).
    if (registered % 3 === 0) h.clock.advance(1_000);
    const res = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat(registered, sifat)).expect(201);
    return res.body.letterId as string;
  }

  /** Follows the `Link: rel="next"` header from `first` to the last page, registering letters meanwhile. */
  async function walk<T>(who: string, first: string, itemsOf: (body: Record<string, unknown>) => T[]): Promise<Walked<T>> {
    const items: T[] = [];
    const links: string[] = [];
    let url: string | null = first;
    let pages = 0;
    // Concurrent writes while the pages are read: new letters, some rahasia, caught up or not.
    const writer = (async () => {
      for (let i = 0; i < DURING; i += 1) await register(i % 4 === 0 ? 'rahasia' : 'biasa');
    })();
    while (url !== null) {
      const res = await h.http().get(url).set(h.as(who)).expect(200);
      pages += 1;
      const page = itemsOf(res.body);
      items.push(...page);
      const link = res.headers.link as string | undefined;
      if (res.body.next === undefined) {
        expect(link).toBeUndefined();
        url = null;
      } else {
        expect(typeof res.body.next).toBe('string');
        const match = /^<([^>]+)>; rel="next"$/.exec(link ?? '');
        expect(match).not.toBeNull();
        url = match![1];
        links.push(url);
        expect(new URL(url, 'http://x').searchParams.get('cursor')).toBe(res.body.next);
      }
    }
    await writer;
    await h.caughtUp();
    return { items, pages, links };
  }

  const expectNoDuplicatesNoGaps = (ids: string[]) => {
    expect(before.every((id) => typeof id === 'string' && id.length === 36)).toBe(true);
    expect(ids.length).toBe(new Set(ids).size);
    expect(before.filter((id) => !ids.includes(id))).toStrictEqual([]);
  };

  beforeAll(async () => {
    h = await startLettersHarness('letters_paging', { start: '2024-06-03T02:00:00.000Z', users: USERS });
    for (let i = 0; i < BEFORE; i += 1) before.push(await register(i % 7 === 0 ? 'rahasia' : 'biasa'));
    await h.caughtUp();
  });
  afterAll(async () => h?.close());

  it('GET /letters: pages of `limit`, newest first, total only when counted or on a single page', async () => {
    const first = await h.http().get('/letters').query({ jenis: 'surat_masuk', limit: LIMIT }).set(h.as('staf-35')).expect(200);
    expect(first.body.items).toHaveLength(LIMIT);
    expect(first.body.total).toBeUndefined();
    expect(first.body.next).toEqual(expect.any(String));
    const counted = await h.http().get('/letters').query({ jenis: 'surat_masuk', limit: LIMIT, count: 'true' }).set(h.as('staf-35')).expect(200);
    expect(counted.body.total).toBe(BEFORE);
    expect(counted.body.totalCapped).toBeUndefined();
    const all = await h.http().get('/letters').query({ jenis: 'surat_masuk', limit: 200 }).set(h.as('staf-35')).expect(200);
    expect(all.body).toEqual({ total: BEFORE, items: expect.any(Array) });
    // Newest first (letters registered in the same second are ordered by id): the last ones lead, the first ones close.
    const ids: string[] = all.body.items.map((i: { id: string }) => i.id);
    expect([...ids].sort()).toEqual([...before].sort());
    expect(before.slice(-3)).toContain(ids[0]);
    expect(before.slice(0, 2)).toContain(ids[BEFORE - 1]);
    expect(all.headers.link).toBeUndefined();
  });

  it('GET /letters: walking every page while letters are registered sees each earlier letter exactly once, in order', async () => {
    const snapshot = (await h.http().get('/letters').query({ jenis: 'surat_masuk', limit: 200 }).set(h.as('staf-35')).expect(200)).body.items.map((i: { id: string }) => i.id);
    const walked = await walk('staf-35', `/letters?jenis=surat_masuk&limit=${LIMIT}`, (body) => body.items as { id: string; redacted: boolean }[]);
    const ids = walked.items.map((i) => i.id);
    expectNoDuplicatesNoGaps(ids);
    expect(walked.pages).toBeGreaterThan(Math.ceil(BEFORE / LIMIT) - 1);
    // The earlier letters keep their relative order; letters registered meanwhile are newer and never slip in behind the cursor.
    expect(ids.filter((id) => snapshot.includes(id))).toEqual(snapshot);
    // Each next link keeps the query.
    for (const link of walked.links) {
      const params = new URL(link, 'http://x').searchParams;
      expect([params.get('jenis'), params.get('limit')]).toEqual(['surat_masuk', String(LIMIT)]);
    }
    // Rahasia letters outside the chain: existence only, on every page.
    expect(walked.items.filter((i) => i.redacted).length).toBeGreaterThan(0);
    expect(JSON.stringify(walked.items.filter((i) => i.redacted))).not.toContain('Permohonan');
  });

  it('GET /agenda/surat-masuk: the whole book in number order, each earlier letter once', async () => {
    before.splice(0, before.length, ...(await h.http().get('/letters').query({ jenis: 'surat_masuk', limit: 200 }).set(h.as('staf-35')).expect(200)).body.items.map((i: { id: string }) => i.id));
    const walked = await walk('staf-35', `/agenda/surat-masuk?year=2024&limit=${LIMIT}`, (body) => body.entries as { id: string; nomorRef?: { n: number }; nomorAgenda?: { n: number } }[]);
    const ids = walked.items.map((e) => e.id);
    expectNoDuplicatesNoGaps(ids);
    const numbers = walked.items.map((e) => (e.nomorRef ?? e.nomorAgenda)!.n);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('GET /queues/me: the holder\'s queue over every page holds each earlier letter once', async () => {
    before.splice(0, before.length, ...(await h.http().get('/letters').query({ jenis: 'surat_masuk', limit: 200 }).set(h.as('staf-35')).expect(200)).body.items.map((i: { id: string }) => i.id));
    const walked = await walk('kadis-35', `/queues/me?asOf=2024-06-10&limit=${LIMIT}`, (body) => body.belumDibaca as { letterId: string }[]);
    expectNoDuplicatesNoGaps(walked.items.map((i) => i.letterId));
    expect(walked.links.every((link) => new URL(link, 'http://x').searchParams.get('asOf') === '2024-06-10')).toBe(true);
  });

  it.each([
    ['/letters', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor', 'INVALID_CURSOR'],
    ['/letters', { cursor: 'not a cursor!' }, 'cursor', 'INVALID_CURSOR'],
    ['/letters', { cursor: Buffer.from(JSON.stringify(['2024-06-03 02:00:00+00', "x' OR 1=1"])).toString('base64url') }, 'cursor', 'INVALID_CURSOR'],
    ['/agenda/surat-masuk', { cursor: Buffer.from(JSON.stringify(['agenda-masuk', 'x', '2024-06-03 02:00:00+00', 'y'])).toString('base64url') }, 'cursor', 'INVALID_CURSOR'],
    ['/queues/me', { cursor: Buffer.from('[]').toString('base64url') }, 'cursor', 'INVALID_CURSOR'],
    // Well-formed but not a value PostgreSQL casts: still a 400, never a 500.
    ['/letters', { cursor: key(['2024-02-30 02:00:00+00', UUID_0]) }, 'cursor', 'INVALID_CURSOR'],
    ['/queues/me', { cursor: key(['2024-06-03 24:00:00+00', UUID_0]) }, 'cursor', 'INVALID_CURSOR'],
    ['/agenda/surat-masuk', { cursor: key(['agenda-masuk', '99999999999', '2024-06-03 02:00:00+00', UUID_0]) }, 'cursor', 'INVALID_CURSOR'],
    ['/agenda/surat-keluar', { cursor: key(['agenda\u0000masuk', '1', '2024-06-03 02:00:00+00', UUID_0]) }, 'cursor', 'INVALID_CURSOR'],
    ['/letters', { limit: '0' }, 'limit', 'VALIDATION_FAILED'],
    ['/letters', { limit: '201' }, 'limit', 'VALIDATION_FAILED'],
    ['/agenda/surat-keluar', { limit: '201' }, 'limit', 'VALIDATION_FAILED'],
    ['/queues/me', { limit: '0' }, 'limit', 'VALIDATION_FAILED'],
    ['/letters', { count: 'ya' }, 'count', 'VALIDATION_FAILED'],
  ])('%s %j is a 400 naming %s', async (path, query, field, code) => {
    const res = await h.http().get(path).query(query).set(h.as('staf-35')).expect(400);
    expect(res.body.code).toBe(code);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('a cursor of the right shape that no page gave is answered (a position, not an error)', async () => {
    const res = await h.http().get('/agenda/surat-masuk').query({ year: 2024, cursor: key(['agenda-masuk', null, '2024-06-03 02:00:00+00', UUID_0]) }).set(h.as('staf-35')).expect(200);
    expect(res.body.entries).toEqual([]);
  });

  it('on a seeded table of 40,000 letters every page is an index scan (no sort, no sequential scan)', async () => {
    const reader = h.app.get(LetterRowsReader);
    const spy = jest.spyOn(reader, 'query');
    const firstList = await h.http().get('/letters').query({ jenis: 'surat_masuk' }).set(h.as('staf-35')).expect(200);
    await h.http().get('/letters').query({ jenis: 'surat_masuk', cursor: firstList.body.next ?? undefined, limit: 5 }).set(h.as('staf-35')).expect(200);
    await h.http().get('/letters').query({ status: 'terdaftar', limit: 5 }).set(h.as('staf-35')).expect(200);
    const book = await h.http().get('/agenda/surat-masuk').query({ year: 2024, limit: 5 }).set(h.as('staf-35')).expect(200);
    await h.http().get('/agenda/surat-masuk').query({ year: 2024, limit: 5, cursor: book.body.next }).set(h.as('staf-35')).expect(200);
    await h.http().get('/queues/me').query({ limit: 5 }).set(h.as('kadis-35')).expect(200);
    const ran = spy.mock.calls.map(([sql, params]) => ({ sql, params }));
    spy.mockRestore();
    expect(ran).toHaveLength(6);

    const client: PoolClient = await h.db.pool.connect();
    try {
      await client.query(`INSERT INTO letters_rm.letters (letter_id, tenant, kind, jenis, sifat, status, stage, number_sequence, number_year, number_n, agenda_year, tanggal, search_text, reader_ids, queue_user_ids, awaiting_dispatch, state, stream_revision, created_at, updated_at)
        SELECT gen_random_uuid(), CASE WHEN i % 4 = 0 THEN '35.01' ELSE '35' END, CASE WHEN i % 3 = 0 THEN 'surat_keluar' ELSE 'surat_masuk' END, CASE WHEN i % 3 = 0 THEN 'nota_dinas' ELSE 'surat_masuk' END,
          CASE WHEN i % 10 = 0 THEN 'rahasia' ELSE 'biasa' END, CASE WHEN i % 3 = 0 THEN 'dikirim' WHEN i % 2 = 0 THEN 'selesai' ELSE 'terdaftar' END, 'closed',
          'agenda-masuk', 2018 + i % 7, 1000 + i, 2018 + i % 7, DATE '2024-01-01', 'perihal ' || i, '{}', ARRAY['u-' || (i % 500)], false, '{}'::jsonb, 0,
          TIMESTAMPTZ '2020-01-01' + i * INTERVAL '1 minute', now()
        FROM generate_series(1, 40000) AS i`);
      await client.query('ANALYZE letters_rm.letters');
      await client.query('SET search_path TO letters_rm');
      for (const { sql, params } of ran) {
        const { rows } = await client.query(`EXPLAIN ${sql}`, params as unknown[]);
        const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        expect({ sql, seqScan: plan.includes('Seq Scan') }).toEqual({ sql, seqScan: false });
        if (sql.includes('queue_user_ids @>')) {
          // The person's own letters: the GIN index (then a top-N sort of those few rows).
          expect(plan).toContain('letters_queue_idx');
          continue;
        }
        // Lists and books: the index delivers the ORDER BY, no sort, LIMIT stops the scan.
        expect({ sql, sorted: /\bSort\b/.test(plan) }).toEqual({ sql, sorted: false });
        expect(plan).toMatch(sql.includes('agenda_year =') ? /Index Scan using letters_agenda_page_idx/ : sql.includes('l.status =') ? /Index Scan using letters_list_status_idx/ : /Index Scan using letters_list_jenis_idx/);
      }
    } finally {
      await client.query('RESET search_path');
      client.release();
    }
  });
});
