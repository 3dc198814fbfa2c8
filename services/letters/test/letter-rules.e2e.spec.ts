/**
 * Every refused command over HTTP: the status (409 illegal transition, 400 invalid, 403 not allowed,
 * 412 stale If-Match), a stable code, an Indonesian message, and NOTHING written (the event store's
 * count does not move, and no number is reserved). Identity (401/403) and tenancy (another dinas sees
 * nothing) too. Dinkop Pacitan (35.01).
 */
import type { Response } from 'supertest';
import { LETTERS_ERROR_MESSAGES } from '../src/shared/letters-error.messages';
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(120_000);

const USERS = ['petugas-35.01', 'kadis-35.01', 'sekretaris-35.01', 'kabid-35.01', 'kasi-35.01', 'staf-35.01', 'staf-35', 'auditor-35'];
const person = (who: string, role: string) => ({ ...refOf(who), role });

const surat = (overrides: Record<string, unknown> = {}) => ({
  tanggalDiterima: '2024-04-01',
  pengirim: { nama: 'Ketua Koperasi Sumber Rejeki' },
  nomorSurat: '12/KSR/III/2024',
  tanggalSurat: '2024-03-25',
  perihal: 'Undangan Rapat Anggota Tahunan',
  sifat: 'biasa',
  klasifikasi: '500.3',
  routeTo: refOf('kadis-35.01'),
  ...overrides,
});

describe('letters: refused commands, identity and tenancy', () => {
  let h: LettersHarness;
  let letterId = '';
  let hop1 = '';
  let draftId = '';

  /** Sends a refused request and checks status, code, Indonesian detail and that nothing was written. */
  async function refused(send: () => Promise<Response>, status: number, code: string, field?: string): Promise<Response> {
    const before = await h.eventCount();
    const res = await send();
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (LETTERS_ERROR_MESSAGES[code] !== undefined) expect(res.body.detail).toBe(LETTERS_ERROR_MESSAGES[code]);
    if (field !== undefined) expect(res.body.errors.map((e: { field?: string }) => e.field)).toContain(field);
    expect(await h.eventCount()).toBe(before);
    return res;
  }

  beforeAll(async () => {
    h = await startLettersHarness('letters_rules', { start: '2024-04-02T02:00:00.000Z', users: USERS });
    await h.addUser('auditor-35.01', { username: 'staf-35.01', sub: '7b0d9a52-55a4-4c8e-9a61-6f3c0f8e0a01', name: 'Auditor Inspektorat Pacitan', roles: ['AUDITOR'] });
  });
  afterAll(async () => h?.close());

  it('400 naming every bad field of a body, before anything is written or numbered', async () => {
    const res = await refused(() => h.http().post('/surat-masuk').set(h.as('petugas-35.01')).send({ ...surat({ perihal: undefined, tanggalDiterima: '01-04-2024', sifat: 'sangat_rahasia' }), warna: 'merah' }), 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['perihal', 'tanggalDiterima', 'sifat', 'warna']));
    expect(res.body.detail).toMatch(/^Isian tidak valid/);
    await refused(() => h.http().post('/surat-masuk').set(h.as('petugas-35.01')).send(surat({ routeTo: { name: 'Kadis' } })), 400, 'VALIDATION_FAILED', 'routeTo.userId');
    await refused(() => h.http().get('/surat-masuk/bukan-uuid').set(h.as('staf-35.01')), 400, 'VALIDATION_FAILED', 'id');
  });

  it('400 from the domain (a letter received in the future) reserves no agenda number', async () => {
    await refused(() => h.http().post('/surat-masuk').set(h.as('petugas-35.01')).send(surat({ tanggalDiterima: '2024-12-01' })), 400, 'SURAT_MASUK_INVALID', 'tanggalDiterima');
    expect(await h.eventCount('number-sequence-')).toBe(0);
  });

  it('401 without or with an expired token; 403 for read-only roles and for roles the dinas does not let register', async () => {
    await h.http().get('/letters').expect(401);
    const expired = await h.issuer.tokenFor('staf-35.01', { ttlSeconds: -60 });
    await h.http().get('/letters').set({ Authorization: `Bearer ${expired}` }).expect(401);
    await refused(() => h.http().post('/surat-masuk').set(h.as('auditor-35.01')).send(surat()), 403, 'READ_ONLY_ROLE');
    await refused(() => h.http().post('/surat-masuk').set(h.as('kasi-35.01')).send(surat()), 403, 'NOT_REGISTRAR');
    expect(await h.eventCount('number-sequence-')).toBe(0);
  });

  it('registers a letter and disposes it Kadis → Kabid', async () => {
    const res = await h.http().post('/surat-masuk').set(h.as('petugas-35.01')).send(surat()).expect(201);
    letterId = res.body.letterId;
    expect(res.body.nomor).toBe('1');
    const sent = await h.http().post(`/surat-masuk/${letterId}/disposisi`).set(h.as('kadis-35.01')).send({ recipients: [person('kabid-35.01', 'KEPALA_BIDANG')], instruction: 'hadiri', batasWaktu: '2024-04-10' }).expect(201);
    hop1 = sent.body.disposisiIds[0];
    expect(sent.body.events).toEqual(['SuratMasukRead', 'DisposisiSent']);
  });

  it('disposing upward or sideways is refused (400 naming the recipient role)', async () => {
    const up = { fromDisposisiId: hop1, recipients: [person('kadis-35.01', 'KEPALA_DINAS')], instruction: 'hadiri' };
    const upward = await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi`).set(h.as('kabid-35.01')).send(up), 400, 'DISPOSISI_NOT_DOWNWARD', 'recipients[0].role');
    expect(upward.body.errors).toEqual([{ field: 'recipients[0].role', message: 'KEPALA_DINAS tidak berada di bawah KEPALA_BIDANG dalam hierarki dinas' }]);
    const sideways = { ...up, recipients: [person('sekretaris-35.01', 'SEKRETARIS')] };
    await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi`).set(h.as('kabid-35.01')).send(sideways), 400, 'DISPOSISI_NOT_DOWNWARD', 'recipients[0].role');
    const unknown = { fromDisposisiId: hop1, recipients: [person('kasi-35.01', 'KASI')], instruction: 'bakar' };
    await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi`).set(h.as('kabid-35.01')).send(unknown), 400, 'DISPOSISI_INVALID', 'instruction');
  });

  it('a second acknowledgement is a 409; acknowledging someone else\'s disposisi a 403; reading twice a 409', async () => {
    await h.http().post(`/surat-masuk/${letterId}/disposisi/${hop1}/acknowledge`).set(h.as('kabid-35.01')).expect(200);
    await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi/${hop1}/acknowledge`).set(h.as('kabid-35.01')), 409, 'DISPOSISI_ALREADY_ACKNOWLEDGED');
    await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi/${hop1}/acknowledge`).set(h.as('staf-35.01')), 403, 'NOT_RECIPIENT');
    await refused(() => h.http().post(`/surat-masuk/${letterId}/read`).set(h.as('kadis-35.01')), 409, 'SURAT_MASUK_ALREADY_READ');
    await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi/${hop1}/close`).set(h.as('kabid-35.01')).send({}), 409, 'DISPOSISI_NOT_FOLLOWED_UP');
  });

  it('a stale If-Match is a 412 and writes nothing', async () => {
    const detail = await h.http().get(`/surat-masuk/${letterId}`).set(h.as('kadis-35.01')).expect(200);
    const stale = `"${Number(JSON.parse(detail.headers.etag)) - 1}"`;
    await refused(() => h.http().post(`/surat-masuk/${letterId}/close`).set(h.as('kadis-35.01')).set('If-Match', stale).send({}), 412, 'WRONG_EXPECTED_REVISION');
    await refused(() => h.http().post(`/surat-masuk/${letterId}/close`).set(h.as('kadis-35.01')).set('If-Match', 'kemarin').send({}), 400, 'INVALID_IF_MATCH', 'If-Match');
  });

  it('disposing a closed letter is a 409, for the holder and down the chain', async () => {
    await h.http().post(`/surat-masuk/${letterId}/close`).set(h.as('kadis-35.01')).send({ catatan: 'Sudah dihadiri' }).expect(200);
    await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi`).set(h.as('kadis-35.01')).send({ recipients: [person('kabid-35.01', 'KEPALA_BIDANG')], instruction: 'hadiri' }), 409, 'SURAT_MASUK_CLOSED');
    await refused(() => h.http().post(`/surat-masuk/${letterId}/disposisi`).set(h.as('kabid-35.01')).send({ fromDisposisiId: hop1, recipients: [person('kasi-35.01', 'KASI')], instruction: 'hadiri' }), 409, 'SURAT_MASUK_CLOSED');
  });

  it('signing an unreviewed draft is a 409 and reserves no number; the paraf chain is checked', async () => {
    const draft = await h
      .http()
      .post('/surat-keluar')
      .set(h.as('kasi-35.01'))
      .send({ jenis: 'surat_keluar', perihal: 'Jawaban undangan RAT', sifat: 'biasa', klasifikasi: '500.3', unitKode: 'DISKOPUKM.B', kepada: [{ name: 'Ketua Koperasi Sumber Rejeki' }], isi: { documentId: 'doc-1', name: 'Jawaban.docx' } })
      .expect(201);
    draftId = draft.body.letterId;
    await refused(() => h.http().post(`/surat-keluar/${draftId}/sign`).set(h.as('kadis-35.01')).send({}), 409, 'DRAFT_NOT_REVIEWED');
    await refused(() => h.http().post(`/surat-keluar/${draftId}/submit`).set(h.as('kasi-35.01')).send({ reviewers: [person('kabid-35.01', 'KEPALA_BIDANG')], signer: person('kadis-35.01', 'KEPALA_DINAS') }), 400, 'PARAF_CHAIN_INVALID', 'reviewers');
    await refused(() => h.http().post(`/surat-keluar/${draftId}/dispatch`).set(h.as('kasi-35.01')).send({ via: 'pos' }), 409, 'NOT_SIGNED');
    expect(await h.eventCount('number-sequence-35.01-surat-keluar')).toBe(0);
  });

  it('paraf out of turn is a 403; changing or signing a draft under review a 409; only the named signer signs', async () => {
    const chain = { reviewers: [person('kasi-35.01', 'KASI'), person('kabid-35.01', 'KEPALA_BIDANG'), person('sekretaris-35.01', 'SEKRETARIS')], signer: person('kadis-35.01', 'KEPALA_DINAS') };
    await h.http().post(`/surat-keluar/${draftId}/submit`).set(h.as('kasi-35.01')).send(chain).expect(200);
    await refused(() => h.http().post(`/surat-keluar/${draftId}/paraf`).set(h.as('sekretaris-35.01')).send({}), 403, 'NOT_CURRENT_REVIEWER');
    await refused(() => h.http().post(`/surat-keluar/${draftId}/paraf`).set(h.as('kabid-35.01')).send({}), 403, 'NOT_CURRENT_REVIEWER');
    await refused(() => h.http().put(`/surat-keluar/${draftId}/draft`).set(h.as('kasi-35.01')).send({ isi: { documentId: 'doc-2', name: 'Jawaban v2.docx' } }), 409, 'DRAFT_IN_REVIEW');
    await refused(() => h.http().post(`/surat-keluar/${draftId}/sign`).set(h.as('kadis-35.01')).send({}), 409, 'DRAFT_NOT_REVIEWED');
    await refused(() => h.http().post(`/surat-keluar/${draftId}/return`).set(h.as('kasi-35.01')).send({}), 400, 'VALIDATION_FAILED', 'catatan');
    for (const who of ['kasi-35.01', 'kabid-35.01', 'sekretaris-35.01']) await h.http().post(`/surat-keluar/${draftId}/paraf`).set(h.as(who)).send({}).expect(200);
    await refused(() => h.http().post(`/surat-keluar/${draftId}/paraf`).set(h.as('sekretaris-35.01')).send({}), 409, 'PARAF_COMPLETE');
    await refused(() => h.http().post(`/surat-keluar/${draftId}/sign`).set(h.as('sekretaris-35.01')).send({}), 403, 'NOT_SIGNER');
    expect(await h.eventCount('number-sequence-35.01-surat-keluar')).toBe(0);
    const signed = await h.http().post(`/surat-keluar/${draftId}/sign`).set(h.as('kadis-35.01')).send({}).expect(200);
    expect(signed.body.nomor).toBe('500.3 / 1 / DISKOPUKM.B');
    await refused(() => h.http().post(`/surat-keluar/${draftId}/dispatch`).set(h.as('kasi-35.01')).send({ via: 'merpati' }), 400, 'DISPATCH_INVALID', 'via');
  });

  it('another dinas sees nothing: 404 on the letter, empty lists and books, and no writes', async () => {
    await h.caughtUp();
    for (const who of ['staf-35', 'auditor-35']) {
      await refused(() => h.http().get(`/surat-masuk/${letterId}`).set(h.as(who)), 404, 'SURAT_MASUK_NOT_FOUND');
      await refused(() => h.http().get(`/surat-keluar/${draftId}`).set(h.as(who)), 404, 'SURAT_KELUAR_NOT_FOUND');
      await h.http().get(`/letters/${letterId}/history`).set(h.as(who)).expect(404);
      expect((await h.http().get('/letters').set(h.as(who)).expect(200)).body).toEqual({ total: 0, items: [] });
      expect((await h.http().get('/agenda/surat-masuk').query({ year: 2024 }).set(h.as(who)).expect(200)).body.entries).toEqual([]);
      expect((await h.http().get('/agenda/surat-keluar').query({ year: 2024 }).set(h.as(who)).expect(200)).body.entries).toEqual([]);
    }
    await refused(() => h.http().post(`/surat-keluar/${draftId}/dispatch`).set(h.as('staf-35')).send({ via: 'pos' }), 404, 'SURAT_KELUAR_NOT_FOUND');
    expect((await h.http().get('/letters').set(h.as('staf-35.01')).expect(200)).body.total).toBe(2);
  });
});
