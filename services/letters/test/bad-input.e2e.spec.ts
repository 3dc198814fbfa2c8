/**
 * Bad input never writes (issue 10, the letters findings): each bad request is a 400 whose
 * `errors[].field` names the field, and the event log and the number books are exactly as before.
 * Wrong structure (arrays for objects, missing or `null` nested objects: several handlers answered
 * 500), empty, blank and `null` values, lengths, impossible dates in bodies and query strings,
 * numbers (`1e308`, negative, non-integers), a NUL byte in a surat masuk after agenda numbers were
 * issued; and another dinas's letter id answers exactly like a missing one (404, not 403).
 * Real HTTP and PostgreSQL; Dinkop Jawa Timur (35) and Kabupaten Pacitan-like 35.01.
 */
import { NUMBER_BOOK_SCHEMA } from '../src/shared/number-book';
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(120_000);

const surat = (perihal = 'Permohonan fasilitasi pelatihan') => ({
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

const draft = () => ({
  jenis: 'nota_dinas',
  perihal: 'Undangan rapat koordinasi',
  sifat: 'biasa',
  klasifikasi: '000.8',
  unitKode: 'DISKOPUKM.B',
  kepada: [{ name: 'Para Kepala Seksi Bidang Koperasi' }],
  isi: { documentId: 'doc-nd-1', name: 'Nota dinas.docx' },
});

interface Case {
  name: string;
  method: 'post' | 'put';
  path: (ids: Ids) => string;
  who: string;
  body: unknown;
  field: string;
}
interface Ids {
  masuk: string;
  keluar: string;
}

const long = (n: number) => 'a'.repeat(n);
const without = <T extends object>(value: T, key: keyof T) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

const register = (name: string, body: unknown, field: string): Case => ({ name: `POST /surat-masuk ${name}`, method: 'post', path: () => '/surat-masuk', who: 'petugas-35', body, field });

const CASES: Case[] = [
  register('pengirim as an array', { ...surat(), pengirim: [] }, 'pengirim'),
  register('pengirim missing', without(surat(), 'pengirim'), 'pengirim'),
  register('pengirim null', { ...surat(), pengirim: null }, 'pengirim'),
  register('routeTo as an array', { ...surat(), routeTo: [refOf('kadis-35')] }, 'routeTo'),
  register('routeTo null', { ...surat(), routeTo: null }, 'routeTo'),
  register('empty perihal', { ...surat(), perihal: '' }, 'perihal'),
  register('whitespace-only perihal', { ...surat(), perihal: '   \t ' }, 'perihal'),
  register('null perihal', { ...surat(), perihal: null }, 'perihal'),
  register('whitespace-only sender name', { ...surat(), pengirim: { nama: '   ' } }, 'pengirim.nama'),
  register('perihal over its maximum', { ...surat(), perihal: long(1001) }, 'perihal'),
  register('sender name over its maximum', { ...surat(), pengirim: { nama: long(301) } }, 'pengirim.nama'),
  register('30 February', { ...surat(), tanggalDiterima: '2024-02-30' }, 'tanggalDiterima'),
  register('month 13', { ...surat(), tanggalSurat: '2024-13-01' }, 'tanggalSurat'),
  register('nomorEksternal null', { ...surat(), nomorEksternal: null }, 'nomorEksternal'),
  register('nomorEksternal as an array', { ...surat(), nomorEksternal: [] }, 'nomorEksternal'),
  register('nomorEksternal with an empty number', { ...surat(), nomorEksternal: { system: 'SRIKANDI', nomor: ' ' } }, 'nomorEksternal.nomor'),
  register('lampiran with a null entry', { ...surat(), lampiran: [null] }, 'lampiran'),
  register('lampiran as an object', { ...surat(), lampiran: { documentId: 'd', name: 'n' } }, 'lampiran'),
  register('lampiran null', { ...surat(), lampiran: null }, 'lampiran'),
  register('kepada with an array entry', { ...surat(), kepada: [[]] }, 'kepada'),
  register('sopCase as an array', { ...surat(), sopCase: [] }, 'sopCase'),
  register('letterId not a UUID', { ...surat(), letterId: 'surat-1' }, 'letterId'),
  register('a NUL byte in perihal', { ...surat(), perihal: 'Permohonan\u0000data' }, 'perihal'),
  register('sifat null', { ...surat(), sifat: null }, 'sifat'),
  { name: 'POST /surat-keluar isi as an array', method: 'post', path: () => '/surat-keluar', who: 'kabid-35', body: { ...draft(), isi: [] }, field: 'isi' },
  { name: 'POST /surat-keluar isi missing', method: 'post', path: () => '/surat-keluar', who: 'kabid-35', body: without(draft(), 'isi'), field: 'isi' },
  { name: 'POST /surat-keluar kepada empty', method: 'post', path: () => '/surat-keluar', who: 'kabid-35', body: { ...draft(), kepada: [] }, field: 'kepada' },
  { name: 'POST /surat-keluar blank addressee', method: 'post', path: () => '/surat-keluar', who: 'kabid-35', body: { ...draft(), kepada: [{ name: ' ' }] }, field: 'kepada.0.name' },
  { name: 'POST /surat-keluar blank addressee user id', method: 'post', path: () => '/surat-keluar', who: 'kabid-35', body: { ...draft(), kepada: [{ name: 'Kasi', userId: ' ' }] }, field: 'kepada.0.userId' },
  { name: 'POST /surat-keluar unitKode null', method: 'post', path: () => '/surat-keluar', who: 'kabid-35', body: { ...draft(), unitKode: null }, field: 'unitKode' },
  { name: 'POST /surat-keluar sopCase as an array', method: 'post', path: () => '/surat-keluar', who: 'kabid-35', body: { ...draft(), sopCase: [] }, field: 'sopCase' },
  { name: 'PUT /surat-keluar/:id/draft isi null', method: 'put', path: (ids) => `/surat-keluar/${ids.keluar}/draft`, who: 'kabid-35', body: { isi: null }, field: 'isi' },
  { name: 'PUT /surat-keluar/:id/draft blank perihal', method: 'put', path: (ids) => `/surat-keluar/${ids.keluar}/draft`, who: 'kabid-35', body: { isi: draft().isi, perihal: '  ' }, field: 'perihal' },
  { name: 'PUT /surat-keluar/:id/draft kepada null', method: 'put', path: (ids) => `/surat-keluar/${ids.keluar}/draft`, who: 'kabid-35', body: { isi: draft().isi, kepada: null }, field: 'kepada' },
  { name: 'POST /surat-keluar/:id/submit signer as an array', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/submit`, who: 'kabid-35', body: { reviewers: [], signer: [] }, field: 'signer' },
  { name: 'POST /surat-keluar/:id/submit reviewers as an object', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/submit`, who: 'kabid-35', body: { reviewers: {}, signer: { ...refOf('kabid-35'), role: 'KEPALA_BIDANG' } }, field: 'reviewers' },
  { name: 'POST /surat-keluar/:id/submit signer missing', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/submit`, who: 'kabid-35', body: { reviewers: [] }, field: 'signer' },
  { name: 'POST /surat-keluar/:id/sign nomorEksternal as an array', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/sign`, who: 'kabid-35', body: { nomorEksternal: [] }, field: 'nomorEksternal' },
  { name: 'POST /surat-keluar/:id/sign nomorEksternal null', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/sign`, who: 'kabid-35', body: { nomorEksternal: null }, field: 'nomorEksternal' },
  { name: 'POST /surat-keluar/:id/return blank catatan', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/return`, who: 'kabid-35', body: { catatan: ' ' }, field: 'catatan' },
  { name: 'POST /surat-keluar/:id/dispatch 30 February', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/dispatch`, who: 'kabid-35', body: { via: 'email', dispatchedAt: '2024-02-30T02:00:00.000Z' }, field: 'dispatchedAt' },
  { name: 'POST /surat-keluar/:id/dispatch empty via', method: 'post', path: (ids) => `/surat-keluar/${ids.keluar}/dispatch`, who: 'kabid-35', body: { via: '' }, field: 'via' },
  { name: 'POST /surat-masuk/:id/disposisi recipients as an object', method: 'post', path: (ids) => `/surat-masuk/${ids.masuk}/disposisi`, who: 'kadis-35', body: { recipients: { ...refOf('kabid-35'), role: 'KEPALA_BIDANG' }, instruction: 'proses_lebih_lanjut' }, field: 'recipients' },
  { name: 'POST /surat-masuk/:id/disposisi blank instruction', method: 'post', path: (ids) => `/surat-masuk/${ids.masuk}/disposisi`, who: 'kadis-35', body: { recipients: [{ ...refOf('kabid-35'), role: 'KEPALA_BIDANG' }], instruction: '  ' }, field: 'instruction' },
  { name: 'POST /surat-masuk/:id/disposisi batas waktu 30 February', method: 'post', path: (ids) => `/surat-masuk/${ids.masuk}/disposisi`, who: 'kadis-35', body: { recipients: [{ ...refOf('kabid-35'), role: 'KEPALA_BIDANG' }], instruction: 'proses_lebih_lanjut', batasWaktu: '2024-02-30' }, field: 'batasWaktu' },
  { name: 'POST /surat-masuk/:id/disposisi catatan over its maximum', method: 'post', path: (ids) => `/surat-masuk/${ids.masuk}/disposisi`, who: 'kadis-35', body: { recipients: [{ ...refOf('kabid-35'), role: 'KEPALA_BIDANG' }], instruction: 'proses_lebih_lanjut', catatan: long(2001) }, field: 'catatan' },
  { name: 'POST /surat-masuk/:id/sop-case blank flow', method: 'post', path: (ids) => `/surat-masuk/${ids.masuk}/sop-case`, who: 'petugas-35', body: { flow: ' ', caseId: '6f1d2c3b-0000-4000-8000-000000000001' }, field: 'flow' },
  { name: 'POST /surat-masuk/:id/close catatan null', method: 'post', path: (ids) => `/surat-masuk/${ids.masuk}/close`, who: 'kadis-35', body: { catatan: null }, field: 'catatan' },
];

describe('bad input never writes (letters)', () => {
  let h: LettersHarness;
  const ids: Ids = { masuk: '', keluar: '' };

  /** Everything a write could leave behind: the event log and the number books. */
  async function stored(): Promise<unknown> {
    const events = await h.db.pool.query(`SELECT count(*)::int AS n, coalesce(max(global_position), 0)::text AS last FROM letters_es.events`);
    const counters = await h.db.pool.query(`SELECT tenant, sequence, year, last_issued::text FROM ${NUMBER_BOOK_SCHEMA}.counters ORDER BY 1, 2, 3`);
    const issued = await h.db.pool.query(`SELECT count(*)::int AS n FROM ${NUMBER_BOOK_SCHEMA}.issued`);
    return { events: events.rows[0], counters: counters.rows, issued: issued.rows[0].n };
  }

  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    h = await startLettersHarness('letters_badinput', { start: '2024-04-02T02:00:00.000Z', users: ['petugas-35', 'kadis-35', 'kabid-35', 'petugas-35.01', 'kadis-35.01'] });
    ids.masuk = (await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat('Undangan Rapat Anggota Tahunan')).expect(201)).body.letterId;
    ids.keluar = (await h.http().post('/surat-keluar').set(h.as('kabid-35')).send(draft()).expect(201)).body.letterId;
  });
  afterAll(async () => h?.close());

  it.each(CASES.map((c) => [c.name, c] as const))('%s is a 400 naming the field and stores nothing', async (_name, c) => {
    const before = await stored();
    const res = await h.http()[c.method](c.path(ids)).set(h.as(c.who)).send(c.body as object);
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    expect(fields(res.body).some((f) => f === c.field || f.startsWith(`${c.field}.`))).toBe(true);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['/agenda/surat-masuk', { year: '2024-02' }, 'year'],
    ['/agenda/surat-masuk', { year: '1e3' }, 'year'],
    ['/agenda/surat-keluar', { year: '20245' }, 'year'],
    ['/letters', { year: '2024.5' }, 'year'],
    ['/letters', { offset: '1e308' }, 'offset'],
    ['/letters', { offset: '9007199254740993' }, 'offset'],
    ['/letters', { limit: '-1' }, 'limit'],
    ['/letters', { limit: '1.5' }, 'limit'],
    ['/letters', { q: long(201) }, 'q'],
    ['/queues/me', { asOf: '2024-02-30' }, 'asOf'],
    ['/queues/me', { asOf: '2024-13-01' }, 'asOf'],
  ] as const)('GET %s with %j is a 400 naming %s', async (path, query, field) => {
    const res = await h.http().get(path).query(query).set(h.as('petugas-35'));
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain(field);
  });

  it('a NUL byte in a surat masuk after two agenda numbers were issued is a 400 before anything is written', async () => {
    const first = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat('Permohonan data koperasi')).expect(201);
    const second = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat('Permohonan data UMKM')).expect(201);
    expect(Number(second.body.nomor)).toBe(Number(first.body.nomor) + 1);
    const before = await stored();
    const res = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send({ ...surat(), pengirim: { nama: 'Koperasi\u0000Maju' } });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain('pengirim.nama');
    expect(await stored()).toEqual(before);
    const next = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat('Permohonan data UMKM lanjutan')).expect(201);
    expect(Number(next.body.nomor)).toBe(Number(second.body.nomor) + 1);
  });

  it("another dinas's letter id answers exactly like an id that does not exist: 404, same problem, nothing stored", async () => {
    const missing = '6f1d2c3b-0000-4000-8000-00000000beef';
    const probes: [string, 'get' | 'post', string, (id: string) => string, unknown][] = [
      ['read the surat masuk', 'get', 'kadis-35.01', (id) => `/surat-masuk/${id}`, undefined],
      ['its history', 'get', 'kadis-35.01', (id) => `/letters/${id}/history`, undefined],
      ['read it (write)', 'post', 'kadis-35.01', (id) => `/surat-masuk/${id}/read`, {}],
      ['close it', 'post', 'kadis-35.01', (id) => `/surat-masuk/${id}/close`, {}],
      ['dispose it', 'post', 'kadis-35.01', (id) => `/surat-masuk/${id}/disposisi`, { recipients: [{ ...refOf('kabid-35'), role: 'KEPALA_BIDANG' }], instruction: 'proses_lebih_lanjut' }],
    ];
    const before = await stored();
    for (const [what, method, who, path, body] of probes) {
      const call = (id: string) => {
        const req = h.http()[method](path(id)).set(h.as(who));
        return body === undefined ? req : req.send(body as object);
      };
      const other = await call(ids.masuk);
      const none = await call(missing);
      const shape = (r: { status: number; body: { code?: string; detail?: string } }, id: string) => ({ status: r.status, code: r.body.code, detail: r.body.detail?.split(id).join('<id>') });
      expect({ what, ...shape(other, ids.masuk) }).toEqual({ what, ...shape(none, missing) });
      expect({ what, status: other.status }).toEqual({ what, status: 404 });
    }
    const draftProbe = await h.http().post(`/surat-keluar/${ids.keluar}/sign`).set(h.as('kadis-35.01')).send({});
    const draftMissing = await h.http().post(`/surat-keluar/${missing}/sign`).set(h.as('kadis-35.01')).send({});
    expect([draftProbe.status, draftProbe.body.code]).toEqual([draftMissing.status, draftMissing.body.code]);
    expect(draftProbe.status).toBe(404);
    expect(await stored()).toEqual(before);
  });
});
