/**
 * The whole path of an incoming research-request letter under the Jawa Timur SOP "Pengelolaan Layanan
 * Informasi dan Dokumentasi", procedure "Penerimaan Penelitian": registered and routed to the Kepala
 * Dinas; disposed Kadis → Sekretariat → unit; a reply drafted, returned once at paraf, revised,
 * initialled, signed with its number and sent. Real HTTP, tokens, PostgreSQL store, read model and
 * transport; a fixed clock, so every time in the case facts is exact.
 */
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { eventually } from '@jejak/service-kit/testing';
import { lettersOutboxMapping } from '../src/outbox/letters.outbox-mapping';
import { LettersWorkers } from '../src/workers/letters.workers';
import { nameOf, refOf, startLettersHarness, userIdOf, type LettersHarness } from './support/letters.harness';

const T = {
  registered: '2024-04-01T02:00:00.000Z',
  kadisReads: '2024-04-01T03:00:00.000Z',
  kadisDisposes: '2024-04-01T04:00:00.000Z',
  sekretarisReads: '2024-04-02T01:00:00.000Z',
  sekretarisDisposes: '2024-04-02T01:30:00.000Z',
  kasiReads: '2024-04-02T02:00:00.000Z',
  drafted: '2024-04-02T03:00:00.000Z',
  submitted1: '2024-04-02T04:00:00.000Z',
  kasiParaf1: '2024-04-02T04:10:00.000Z',
  kabidReturns: '2024-04-02T05:00:00.000Z',
  revised: '2024-04-02T06:00:00.000Z',
  submitted2: '2024-04-02T06:10:00.000Z',
  kasiParaf2: '2024-04-02T06:20:00.000Z',
  kabidParaf2: '2024-04-02T07:00:00.000Z',
  sekretarisParaf2: '2024-04-02T08:00:00.000Z',
  signed: '2024-04-03T01:00:00.000Z',
  dispatched: '2024-04-03T02:00:00.000Z',
  closed: '2024-04-03T05:00:00.000Z',
};

const PERIHAL = 'Permohonan izin penelitian a.n. Rina Amelia (Universitas Airlangga)';
const CATATAN_KADIS = 'Mohon segera ditelaah bersama bidang terkait';
const USERS = ['petugas-35', 'kadis-35', 'sekretaris-35', 'kabid-35', 'kasi-35', 'staf-35', 'auditor-35'];

jest.setTimeout(120_000);

describe('Penerimaan Penelitian (Jawa Timur): a research request from registration to the reply sent', () => {
  let h: LettersHarness;
  let suratId = '';
  let replyId = '';
  let caseId = '';
  let hop1 = '';
  let hop2 = '';

  const at = (instant: string) => h.clock.set(instant);
  const queues = async (who: string, asOf?: string) => {
    await h.caughtUp();
    const res = await h.http().get('/queues/me').query(asOf ? { asOf } : {}).set(h.as(who)).expect(200);
    return res.body;
  };
  const ids = (items: { letterId: string; disposisiId: string | null }[]) => items.map((i) => i.disposisiId ?? i.letterId);
  const person = (who: string, role: string) => ({ ...refOf(who), role });

  beforeAll(async () => {
    h = await startLettersHarness('letters_penelitian', { start: T.registered, users: USERS });
  });
  afterAll(async () => h?.close());

  it('registers the letter with agenda number 1, routes it to the Kepala Dinas and opens the SOP case (klasifikasi 070)', async () => {
    at(T.registered);
    const res = await h
      .http()
      .post('/surat-masuk')
      .set(h.as('petugas-35'))
      .send({
        tanggalDiterima: '2024-04-01',
        pengirim: { nama: 'Kepala Badan Kesatuan Bangsa dan Politik', instansi: 'Pemerintah Provinsi Jawa Timur' },
        nomorSurat: '070/1234/207.3/2024',
        tanggalSurat: '2024-03-28',
        perihal: PERIHAL,
        sifat: 'biasa',
        klasifikasi: '070',
        lampiran: [{ documentId: 'doc-proposal', name: 'Proposal penelitian.pdf', mediaType: 'application/pdf' }],
        routeTo: refOf('kadis-35'),
      })
      .expect(201);
    suratId = res.body.letterId;
    expect(res.headers.location).toBe(`/surat-masuk/${suratId}`);
    expect(res.headers.etag).toBe('"10"'); // registration, flow assignment, opened, 1.1-1.4 started and completed
    expect(res.body).toMatchObject({ events: ['SuratMasukRegistered'], nomor: '1' });

    const kadis = await queues('kadis-35');
    expect(ids(kadis.belumDibaca)).toEqual([suratId]);
    expect(ids(kadis.belumDitindaklanjuti)).toEqual([suratId]);
    expect(kadis.belumDibaca[0]).toMatchObject({ perihal: PERIHAL, since: T.registered, sifat: 'biasa' });
  });

  it('the Kepala Dinas reads it and disposes it to the Sekretariat (If-Match from the detail)', async () => {
    at(T.kadisReads);
    await h.http().post(`/surat-masuk/${suratId}/read`).set(h.as('kadis-35')).expect(200);
    at(T.kadisDisposes);
    const detail = await h.http().get(`/surat-masuk/${suratId}`).set(h.as('kadis-35')).expect(200);
    const sent = await h
      .http()
      .post(`/surat-masuk/${suratId}/disposisi`)
      .set(h.as('kadis-35'))
      .set('If-Match', detail.headers.etag)
      .send({ recipients: [{ ...person('sekretaris-35', 'SEKRETARIS'), unit: 'Sekretariat' }], instruction: 'proses_lebih_lanjut', catatan: CATATAN_KADIS, batasWaktu: '2024-04-05' })
      .expect(201);
    hop1 = sent.body.disposisiIds[0];
    expect(sent.body.events).toEqual(['DisposisiSent']);

    expect(ids((await queues('kadis-35')).belumDitindaklanjuti)).toEqual([]);
    const sekretaris = await queues('sekretaris-35');
    expect(ids(sekretaris.belumDibaca)).toEqual([hop1]);
    expect(sekretaris.belumDibaca[0]).toMatchObject({ letterId: suratId, batasWaktu: '2024-04-05', since: T.kadisDisposes });
  });

  it('the Sekretariat receives the disposisi and distributes it to the unit by the research theme', async () => {
    at(T.sekretarisReads);
    await h.http().post(`/surat-masuk/${suratId}/disposisi/${hop1}/acknowledge`).set(h.as('sekretaris-35')).expect(200);
    at(T.sekretarisDisposes);
    const sent = await h
      .http()
      .post(`/surat-masuk/${suratId}/disposisi`)
      .set(h.as('sekretaris-35'))
      .send({ fromDisposisiId: hop1, recipients: [{ ...person('kasi-35', 'KASI'), unit: 'Seksi Kelembagaan Koperasi' }], instruction: 'siapkan_jawaban', catatan: 'Siapkan surat rekomendasi', batasWaktu: '2024-04-04' })
      .expect(201);
    hop2 = sent.body.disposisiIds[0];
    at(T.kasiReads);
    await h.http().post(`/surat-masuk/${suratId}/disposisi/${hop2}/acknowledge`).set(h.as('kasi-35')).expect(200);

    const kasi = await queues('kasi-35', '2024-04-05');
    expect(ids(kasi.belumDibaca)).toEqual([]);
    expect(ids(kasi.belumDitindaklanjuti)).toEqual([hop2]);
    expect(ids(kasi.lewatBatasWaktu)).toEqual([hop2]); // batas waktu 4 April, no report by 5 April

    const detail = await h.http().get(`/surat-masuk/${suratId}`).set(h.as('staf-35')).expect(200);
    expect(detail.body).toMatchObject({ redacted: false, status: 'didisposisi', perihal: PERIHAL, holderReadAt: T.kadisReads, nomorAgenda: { source: 'jejak', n: 1, formatted: '1' } });
    caseId = detail.body.sopCase.caseId;
    expect(detail.body.sopCase.sopNumber).toBe('Pengelolaan Layanan Informasi dan Dokumentasi');
    const [root] = detail.body.disposisi;
    expect(detail.body.disposisi).toHaveLength(1);
    expect(root).toMatchObject({ disposisiId: hop1, level: 1, to: { userId: userIdOf('sekretaris-35'), role: 'SEKRETARIS', unit: 'Sekretariat' }, readAt: T.sekretarisReads, batasWaktu: '2024-04-05', catatan: CATATAN_KADIS });
    expect(root.children).toEqual([expect.objectContaining({ disposisiId: hop2, level: 2, parentDisposisiId: hop1, readAt: T.kasiReads, batasWaktu: '2024-04-04', children: [] })]);
    expect(root.instruction).toEqual({ code: 'proses_lebih_lanjut', label: 'Proses lebih lanjut', requiresFollowUp: true });
  });

  it('the unit drafts the reply, which the Kabid returns once at paraf; revised, it goes through the whole chain', async () => {
    at(T.drafted);
    const draft = await h
      .http()
      .post('/surat-keluar')
      .set(h.as('kasi-35'))
      .send({
        jenis: 'surat_keluar',
        perihal: 'Rekomendasi pelaksanaan penelitian a.n. Rina Amelia',
        sifat: 'biasa',
        klasifikasi: '070',
        unitKode: 'DISKOPUKM.SEKR',
        kepada: [{ name: 'Kepala Badan Kesatuan Bangsa dan Politik Provinsi Jawa Timur' }],
        isi: { documentId: 'doc-rekomendasi-v1', name: 'Konsep rekomendasi.docx' },
        inReplyTo: suratId,
      })
      .expect(201);
    replyId = draft.body.letterId;
    const chain = { reviewers: [person('kasi-35', 'KASI'), person('kabid-35', 'KEPALA_BIDANG'), person('sekretaris-35', 'SEKRETARIS')], signer: person('kadis-35', 'KEPALA_DINAS') };
    at(T.submitted1);
    await h.http().post(`/surat-keluar/${replyId}/submit`).set(h.as('kasi-35')).send(chain).expect(200);
    at(T.kasiParaf1);
    await h.http().post(`/surat-keluar/${replyId}/paraf`).set(h.as('kasi-35')).send({}).expect(200);
    expect(ids((await queues('kabid-35')).perluParaf)).toEqual([replyId]);
    at(T.kabidReturns);
    await h.http().post(`/surat-keluar/${replyId}/return`).set(h.as('kabid-35')).send({ catatan: 'Cantumkan dasar hukum dan jangka waktu penelitian' }).expect(200);
    expect(ids((await queues('kabid-35')).perluParaf)).toEqual([]);

    at(T.revised);
    await h.http().put(`/surat-keluar/${replyId}/draft`).set(h.as('kasi-35')).send({ isi: { documentId: 'doc-rekomendasi-v2', name: 'Konsep rekomendasi (perbaikan).docx' }, catatan: 'Dasar hukum ditambahkan' }).expect(200);
    at(T.submitted2);
    await h.http().post(`/surat-keluar/${replyId}/submit`).set(h.as('kasi-35')).send(chain).expect(200);
    for (const [who, instant] of [['kasi-35', T.kasiParaf2], ['kabid-35', T.kabidParaf2], ['sekretaris-35', T.sekretarisParaf2]] as const) {
      at(instant);
      await h.http().post(`/surat-keluar/${replyId}/paraf`).set(h.as(who)).send({ catatan: 'OK' }).expect(200);
    }
    const kadis = await queues('kadis-35');
    expect(ids(kadis.perluTandaTangan)).toEqual([replyId]);
    expect(kadis.perluTandaTangan[0]).toMatchObject({ since: T.sekretarisParaf2, jenis: 'surat_keluar' });

    const detail = await h.http().get(`/surat-keluar/${replyId}`).set(h.as('kasi-35')).expect(200);
    expect(detail.body).toMatchObject({ status: 'menunggu_tanda_tangan', rounds: 2, version: 2, inReplyTo: suratId, sopCase: { caseId } });
    expect(detail.body.roundHistory.map((r: { round: number; parafs: unknown[]; returned: unknown }) => [r.round, r.parafs.length, r.returned !== null])).toEqual([
      [1, 1, true],
      [2, 3, false],
    ]);
    expect(detail.body.roundHistory[0].returned).toMatchObject({ from: 'paraf', step: 2, by: { userId: userIdOf('kabid-35') }, catatan: 'Cantumkan dasar hukum dan jangka waktu penelitian', at: T.kabidReturns });
  });

  it('the Kepala Dinas signs: number 1 of the surat-keluar book, formatted by the template; then it is sent', async () => {
    at(T.signed);
    const signed = await h.http().post(`/surat-keluar/${replyId}/sign`).set(h.as('kadis-35')).send({}).expect(200);
    expect(signed.body).toMatchObject({ events: ['LetterSigned'], nomor: '070 / 1 / DISKOPUKM.SEKR' });
    expect(ids((await queues('kasi-35')).perluDikirim)).toEqual([replyId]);
    expect(ids((await queues('petugas-35')).perluDikirim)).toEqual([replyId]);

    at(T.dispatched);
    await h.http().post(`/surat-keluar/${replyId}/dispatch`).set(h.as('petugas-35')).send({ via: 'email', catatan: 'Dikirim ke email peneliti' }).expect(200);
    expect(ids((await queues('petugas-35')).perluDikirim)).toEqual([]);

    const book = await h.http().get('/agenda/surat-keluar').query({ year: 2024 }).set(h.as('staf-35')).expect(200);
    expect(book.body.entries).toEqual([
      expect.objectContaining({
        id: replyId,
        nomor: '070 / 1 / DISKOPUKM.SEKR',
        nomorRef: { source: 'jejak', sequence: 'surat-keluar', year: 2024, n: 1 },
        tanggalSurat: '2024-04-03',
        status: 'dikirim',
        ditandatanganiOleh: person('kadis-35', 'KEPALA_DINAS'),
        pengiriman: [{ via: 'email', dispatchedAt: T.dispatched, recordedAt: T.dispatched, by: person('petugas-35', 'PETUGAS') }],
      }),
    ]);
    const masuk = await h.http().get('/agenda/surat-masuk').set(h.as('staf-35')).expect(200);
    expect(masuk.body).toMatchObject({ year: 2024, entries: [{ id: suratId, nomorAgenda: '1', tanggalDiterima: '2024-04-01', perihal: PERIHAL, diteruskanKepada: ['Sekretariat'] }] });
  });

  it('the unit and the Sekretariat report and close; the Kepala Dinas closes the letter', async () => {
    at(T.closed);
    for (const [who, d] of [['kasi-35', hop2], ['sekretaris-35', hop1]] as const) {
      await h.http().post(`/surat-masuk/${suratId}/disposisi/${d}/follow-up`).set(h.as(who)).send({ laporan: 'Surat rekomendasi 070 / 1 / DISKOPUKM.SEKR sudah dikirim' }).expect(200);
      await h.http().post(`/surat-masuk/${suratId}/disposisi/${d}/close`).set(h.as(who)).send({}).expect(200);
    }
    await h.http().post(`/surat-masuk/${suratId}/close`).set(h.as('kadis-35')).send({ catatan: 'Selesai' }).expect(200);
    await h.caughtUp();
    const list = await h.http().get('/letters').query({ q: 'rina amelia' }).set(h.as('staf-35')).expect(200);
    expect(list.body.items.map((i: { id: string; status: string }) => [i.id, i.status]).sort()).toEqual([[replyId, 'dikirim'], [suratId, 'selesai']].sort());
    for (const who of ['kadis-35', 'sekretaris-35', 'kabid-35', 'kasi-35', 'petugas-35']) {
      const q = await queues(who, '2024-04-30');
      expect(Object.values(q).filter(Array.isArray).flat()).toEqual([]);
    }
  });

  it('publishes the SOP case facts of "Penerimaan Penelitian" with exact times, actors and step keys', async () => {
    const facts = await eventually(async () => {
      const mine = h.published.filter((e) => e.type.startsWith('jejak.case.'));
      return mine.some((e) => e.type === 'jejak.case.step-completed.v1' && (e.data as { stepKey: string }).stepKey === '1.7') ? mine : undefined;
    }, 20_000, 'the case facts up to step 1.7');
    const summary = facts.map((e) => {
      const d = e.data as { stepKey?: string; at: string; actor: { userId: string; role: string } };
      return [e.type.replace('jejak.case.', '').replace('.v1', ''), d.stepKey ?? '-', d.at, d.actor.role];
    });
    const steps = (keys: string[], instant: string, role: string) => keys.flatMap((k) => [['step-started', k, instant, role], ['step-completed', k, instant, role]]);
    expect(summary).toEqual([
      ['opened', '-', T.registered, 'PETUGAS'],
      ...steps(['1.1', '1.2', '1.3', '1.4'], T.registered, 'PETUGAS'),
      ['step-started', '1.5', T.kadisReads, 'KEPALA_DINAS'],
      ['step-completed', '1.5', T.kadisDisposes, 'KEPALA_DINAS'],
      ['step-started', '1.6', T.sekretarisReads, 'SEKRETARIS'],
      ['step-completed', '1.6', T.signed, 'KEPALA_DINAS'],
      ...steps(['1.7'], T.dispatched, 'PETUGAS'),
    ]);
    expect(new Set(facts.map((e) => e.subject))).toEqual(new Set([caseId]));
    expect(facts.every((e) => e.tenant === '35' && e.source === '/jejak/letters' && e.partitionkey === caseId)).toBe(true);
    expect(facts[0].data).toEqual({
      caseId,
      at: T.registered,
      actor: { userId: userIdOf('petugas-35'), role: 'PETUGAS', name: nameOf('petugas-35') },
      sop: { nama: 'Pengelolaan Layanan Informasi dan Dokumentasi', procedure: 'Penerimaan Penelitian' },
      reference: 'Agenda surat masuk 2024 nomor 1',
      origin: `surat-masuk/${suratId}`,
    });
    const completed16 = facts.find((e) => e.type === 'jejak.case.step-completed.v1' && (e.data as { stepKey: string }).stepKey === '1.6');
    expect(completed16?.data).toMatchObject({ kelengkapan: ['Disposisi surat'], output: 'Surat Rekomendasi ditandatangani', documentRef: '070 / 1 / DISKOPUKM.SEKR' });
  });

  it('publishes only the SOP case facts (compliance consumes them): no letters facts, never the content', async () => {
    await h.app.get(LettersWorkers).relay.caughtUp();
    const all = await h.app.get<EventStore>(EVENT_STORE).readAll();
    const caseFacts = all.filter((e) => e.type === 'SopCaseFactRecorded');
    expect(caseFacts.length).toBeGreaterThan(0);
    // The outbox maps every other fact of a letter (registration, disposisi, drafts, parafs, signature, dispatch) to nothing.
    expect(all.filter((e) => e.type !== 'SopCaseFactRecorded' && lettersOutboxMapping(e) !== null).map((e) => e.type)).toEqual([]);
    const published = await eventually(async () => (h.published.length >= caseFacts.length ? h.published : undefined), 20_000, 'every case fact');
    expect(published.filter((e) => !e.type.startsWith('jejak.case.')).map((e) => e.type)).toEqual([]);
    expect(published).toHaveLength(caseFacts.length);
    const wire = JSON.stringify(h.published);
    const secrets = ['Rina Amelia', CATATAN_KADIS, 'Siapkan surat rekomendasi', 'dasar hukum', 'Kesatuan Bangsa', '070/1234/207.3/2024', 'doc-rekomendasi'];
    expect(secrets.filter((secret) => wire.includes(secret))).toEqual([]);
  });

  it('rebuilds the read model from position 0 into the same rows', async () => {
    await h.caughtUp();
    const rows = () => h.db.pool.query(`SELECT letter_id, status, stage, reader_ids, queue_user_ids, number_n, agenda_year, state FROM letters_rm.letters ORDER BY letter_id`);
    const before = (await rows()).rows;
    await h.db.pool.query(`UPDATE letters_rm.letters SET status = 'rusak'`);
    await h.app.get(LettersWorkers).projection.rebuild();
    expect((await rows()).rows).toEqual(before);
  });
});
