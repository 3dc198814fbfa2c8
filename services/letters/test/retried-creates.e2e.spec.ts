/**
 * Creates that can be retried (issue 11): a registration or a draft sent again with the same client
 * `letterId` or the same `Idempotency-Key` answers with the FIRST result (the same agenda number,
 * the same revision) and writes nothing; the same id for another request is a 409; a letter id of
 * another dinas is a 404, like a missing letter. Real HTTP and PostgreSQL; Dinkop Jawa Timur (35).
 */
import { NUMBER_BOOK_SCHEMA } from '../src/shared/number-book';
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(120_000);

const surat = (perihal: string) => ({
  tanggalDiterima: '2024-04-01',
  pengirim: { nama: 'Ketua Koperasi Sumber Rejeki' },
  nomorSurat: '12/KSR/III/2024',
  tanggalSurat: '2024-03-25',
  perihal,
  sifat: 'biasa',
  klasifikasi: '500.3',
  routeTo: refOf('kadis-35'),
  sopCase: null,
});

const draft = (perihal: string) => ({
  jenis: 'nota_dinas',
  perihal,
  sifat: 'biasa',
  klasifikasi: '000.8',
  unitKode: 'DISKOPUKM.B',
  kepada: [{ name: 'Para Kepala Seksi Bidang Koperasi' }],
  isi: { documentId: 'doc-nd-1', name: 'Nota dinas.docx' },
});

describe('retried creates answer with their first result', () => {
  let h: LettersHarness;

  const stored = async () => {
    const events = (await h.db.pool.query(`SELECT count(*)::int AS n FROM letters_es.events`)).rows[0].n as number;
    const counter = (await h.db.pool.query(`SELECT last_issued::int AS n FROM ${NUMBER_BOOK_SCHEMA}.counters WHERE tenant = '35' AND sequence = 'agenda-masuk' AND year = 2024`)).rows[0]?.n as number | undefined;
    return { events, counter };
  };
  const answer = (r: { status: number; body: { letterId: string; revision: number; nomor?: string; events: string[] } }) => ({
    status: r.status,
    letterId: r.body.letterId,
    revision: r.body.revision,
    nomor: r.body.nomor,
    events: r.body.events,
  });

  beforeAll(async () => {
    h = await startLettersHarness('letters_retries', { start: '2024-04-02T02:00:00.000Z', users: ['petugas-35', 'kabid-35', 'petugas-35.01'] });
    await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat('Surat pertama')).expect(201);
  });
  afterAll(async () => h?.close());

  it('a registration retried with the same letterId gets the same agenda number and writes nothing more', async () => {
    const letterId = '0b7d7c1e-3c1a-4b8e-9f00-000000000001';
    const first = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send({ ...surat('Permohonan data koperasi'), letterId }).expect(201);
    expect(first.body.nomor).toBe('2');
    const after = await stored();
    const again = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send({ ...surat('Permohonan data koperasi'), letterId }).expect(201);
    expect(answer(again)).toEqual(answer(first));
    expect(again.headers.location).toBe(`/surat-masuk/${letterId}`);
    expect(await stored()).toEqual(after);
  });

  it('the same letterId for another letter is a 409 IDEMPOTENCY_KEY_REUSED and nothing is stored', async () => {
    const letterId = '0b7d7c1e-3c1a-4b8e-9f00-000000000001';
    const before = await stored();
    const other = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send({ ...surat('Surat yang lain sama sekali'), letterId }).expect(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await stored()).toEqual(before);
  });

  it("another dinas's letter id in a registration is a 404, like a missing letter", async () => {
    const before = await stored();
    const res = await h.http().post('/surat-masuk').set(h.as('petugas-35.01')).send({ ...surat('Permohonan data koperasi'), letterId: '0b7d7c1e-3c1a-4b8e-9f00-000000000001', routeTo: refOf('kadis-35.01') });
    expect(res.status).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('five identical registrations at once with one Idempotency-Key: one letter, one number, five equal answers', async () => {
    const before = await stored();
    const send = () => h.http().post('/surat-masuk').set(h.as('petugas-35')).set('Idempotency-Key', 'agenda-2024-04-02-001').send(surat('Undangan rapat anggota'));
    const responses = await Promise.all([send(), send(), send(), send(), send()]);
    const answers = responses.map(answer);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]?.nomor).toBe(String((before.counter ?? 0) + 1));
    expect((await stored()).counter).toBe((before.counter ?? 0) + 1);
    const later = await send().expect(201);
    expect(answer(later)).toEqual(answers[0]);
  });

  it('a draft retried with the same letterId or Idempotency-Key gets its first answer; another draft with the same id is a 409', async () => {
    const letterId = '0b7d7c1e-3c1a-4b8e-9f00-0000000000d1';
    const first = await h.http().post('/surat-keluar').set(h.as('kabid-35')).send({ ...draft('Undangan rapat koordinasi'), letterId }).expect(201);
    const before = await stored();
    const again = await h.http().post('/surat-keluar').set(h.as('kabid-35')).send({ ...draft('Undangan rapat koordinasi'), letterId }).expect(201);
    expect(answer(again)).toEqual(answer(first));
    expect(await stored()).toEqual(before);
    const reused = await h.http().post('/surat-keluar').set(h.as('kabid-35')).send({ ...draft('Konsep yang lain'), letterId }).expect(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const keyed = () => h.http().post('/surat-keluar').set(h.as('kabid-35')).set('Idempotency-Key', 'nd-rapat-2024-04').send(draft('Nota dinas rapat'));
    const k1 = await keyed().expect(201);
    const k2 = await keyed().expect(201);
    expect(answer(k2)).toEqual(answer(k1));
    expect(k1.body.letterId).not.toBe(letterId);
  });

  it('a letterId that is not a UUID, or a bad Idempotency-Key, is a 400 naming it', async () => {
    const before = await stored();
    const bad = await h.http().post('/surat-keluar').set(h.as('kabid-35')).send({ ...draft('x'), letterId: 'nd-1' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('letterId');
    const key = await h.http().post('/surat-masuk').set(h.as('petugas-35')).set('Idempotency-Key', 'x'.repeat(201)).send(surat('y')).expect(400);
    expect(key.body.errors.map((e: { field: string }) => e.field)).toContain('Idempotency-Key');
    expect(await stored()).toEqual(before);
  });
});
