/**
 * A rahasia letter is read only by its addressees, the people in its chain and auditors. Everyone
 * else of the dinas learns that it exists and nothing of its content, through EVERY read endpoint:
 * the test enumerates the service's GET routes from its controllers, so a new read endpoint that is
 * not covered here fails the test.
 */
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import type { Response } from 'supertest';
import { LETTERS_SLICES } from '../src/letters.module';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { lettersOutboxMapping } from '../src/outbox/letters.outbox-mapping';
import { LettersWorkers } from '../src/workers/letters.workers';
import { nameOf, refOf, startLettersHarness, userIdOf, type LettersHarness } from './support/letters.harness';

jest.setTimeout(120_000);

const SECRETS = ['penyimpangan', 'Maju Jaya', 'Inspektorat', '700/77/INSP/2024', 'diam-diam', 'doc-laporan', 'DISKOPUKM.RHS', '000.8'];
const REDACTED_KEYS = ['id', 'jenis', 'nomorAgenda', 'redacted', 'sifat', 'status', 'tanggalDiterima'];
const USERS = ['petugas-35', 'kadis-35', 'sekretaris-35', 'kabid-35', 'kasi-35', 'staf-35', 'auditor-35', 'provinsi-35'];

/** Every GET route of the service, as `/path/:param`. */
function readRoutes(): string[] {
  return LETTERS_SLICES.flatMap((slice) => slice.controllers).flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller));
    return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
      const handler: unknown = (controller.prototype as unknown as Record<string, unknown>)[name];
      if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) return [];
      const path = String(Reflect.getMetadata(PATH_METADATA, handler));
      return [`/${base}${path === '/' ? '' : `/${path}`}`];
    });
  }).sort();
}

describe('rahasia letters: no content outside the chain, through any endpoint', () => {
  let h: LettersHarness;
  let secretId = '';
  let replyId = '';
  let hop = '';

  beforeAll(async () => {
    h = await startLettersHarness('letters_rahasia', { start: '2024-06-03T02:00:00.000Z', users: USERS });
    const secret = await h
      .http()
      .post('/surat-masuk')
      .set(h.as('petugas-35'))
      .send({
        tanggalDiterima: '2024-06-03',
        pengirim: { nama: 'Inspektur', instansi: 'Inspektorat Provinsi Jawa Timur' },
        nomorSurat: '700/77/INSP/2024',
        tanggalSurat: '2024-05-31',
        perihal: 'Laporan dugaan penyimpangan dana bergulir Koperasi Maju Jaya',
        sifat: 'rahasia',
        klasifikasi: '000.8',
        lampiran: [{ documentId: 'doc-laporan', name: 'Laporan.pdf' }],
        kepada: [refOf('sekretaris-35')],
        routeTo: refOf('kadis-35'),
      })
      .expect(201);
    secretId = secret.body.letterId;
    const sent = await h.http().post(`/surat-masuk/${secretId}/disposisi`).set(h.as('kadis-35')).send({ recipients: [{ ...refOf('kabid-35'), role: 'KEPALA_BIDANG' }], instruction: 'siapkan_jawaban', catatan: 'Telusuri secara diam-diam' }).expect(201);
    hop = sent.body.disposisiIds[0];
    const reply = await h
      .http()
      .post('/surat-keluar')
      .set(h.as('kabid-35'))
      .send({ jenis: 'nota_dinas', perihal: 'Tanggapan laporan penyimpangan Koperasi Maju Jaya', sifat: 'rahasia', klasifikasi: '000.8', unitKode: 'DISKOPUKM.RHS', kepada: [{ name: 'Kepala Dinas', userId: userIdOf('kadis-35') }], isi: { documentId: 'doc-laporan-jawaban', name: 'Tanggapan.docx' }, inReplyTo: secretId })
      .expect(201);
    replyId = reply.body.letterId;
    await h.http().post(`/surat-keluar/${replyId}/submit`).set(h.as('kabid-35')).send({ reviewers: [], signer: { ...refOf('kabid-35'), role: 'KEPALA_BIDANG' } }).expect(200);
    await h.http().post(`/surat-keluar/${replyId}/sign`).set(h.as('kabid-35')).send({}).expect(200);
    await h.http().post('/surat-masuk').set(h.as('petugas-35')).send({ tanggalDiterima: '2024-06-03', pengirim: { nama: 'Koperasi Sejahtera' }, nomorSurat: '5/KS/2024', tanggalSurat: '2024-06-01', perihal: 'Undangan RAT', sifat: 'biasa', klasifikasi: '500.3', routeTo: refOf('kadis-35') }).expect(201);
    await h.caughtUp();
  });
  afterAll(async () => h?.close());

  const urlsFor = (): Record<string, string[]> => ({
    '/surat-masuk/:id': [`/surat-masuk/${secretId}`],
    '/surat-keluar/:id': [`/surat-keluar/${replyId}`],
    '/letters': ['/letters', '/letters?q=penyimpangan', '/letters?q=maju%20jaya', '/letters?sifat=rahasia', '/letters?q=700%2F77', '/letters?q=diskopukm.rhs'],
    '/letters/:id/history': [`/letters/${secretId}/history`, `/letters/${replyId}/history`],
    '/queues/me': ['/queues/me', '/queues/me?asOf=2024-12-31'],
    '/agenda/surat-masuk': ['/agenda/surat-masuk?year=2024'],
    '/agenda/surat-keluar': ['/agenda/surat-keluar?year=2024'],
  });

  it('covers every read endpoint of the service', () => {
    expect(readRoutes()).toEqual(Object.keys(urlsFor()).sort());
  });

  it.each(['staf-35', 'kasi-35', 'petugas-35', 'provinsi-35'])('%s, outside the chain, sees that the letters exist and nothing of their content', async (who) => {
    const bodies: unknown[] = [];
    for (const url of Object.values(urlsFor()).flat()) {
      const res: Response = await h.http().get(url).set(h.as(who));
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(res.headers.etag ?? '').not.toMatch(/^"\d+"$/); // no stream revision (Express' weak body hash is harmless)
      bodies.push(res.body);
    }
    const wire = JSON.stringify(bodies);
    expect(SECRETS.filter((secret) => wire.includes(secret))).toEqual([]);
    expect(wire).not.toContain(userIdOf('kabid-35'));

    const detail = await h.http().get(`/surat-masuk/${secretId}`).set(h.as(who)).expect(200);
    expect(Object.keys(detail.body).sort()).toEqual(REDACTED_KEYS);
    expect(detail.body).toEqual({ redacted: true, id: secretId, jenis: 'surat_masuk', nomorAgenda: { source: 'jejak', sequence: 'agenda-masuk', year: 2024, n: 1 }, tanggalDiterima: '2024-06-03', sifat: 'rahasia', status: 'didisposisi' });
    const reply = await h.http().get(`/surat-keluar/${replyId}`).set(h.as(who)).expect(200);
    expect(reply.body).toEqual({ redacted: true, id: replyId, jenis: 'nota_dinas', nomorAgenda: { source: 'jejak', sequence: 'nota-dinas', year: 2024, n: 1 }, tanggalDiterima: null, sifat: 'rahasia', status: 'ditandatangani' });
    const list = await h.http().get('/letters').set(h.as(who)).expect(200);
    expect(list.body.items.filter((i: { sifat: string }) => i.sifat === 'rahasia').map((i: object) => Object.keys(i).sort())).toEqual([REDACTED_KEYS, REDACTED_KEYS]);
    expect(list.body.items.find((i: { sifat: string }) => i.sifat === 'biasa')).toMatchObject({ redacted: false, perihal: 'Undangan RAT' });
    expect((await h.http().get('/letters').query({ q: 'penyimpangan' }).set(h.as(who)).expect(200)).body).toEqual({ total: 0, items: [] });
    const books = await h.http().get('/agenda/surat-keluar').query({ year: 2024 }).set(h.as(who)).expect(200);
    expect(books.body.entries).toEqual([expect.objectContaining({ redacted: true, id: replyId })]);
  });

  it('the dispatching petugas sees the rahasia reply in "perlu dikirim" without its perihal', async () => {
    const queues = await h.http().get('/queues/me').set(h.as('petugas-35')).expect(200);
    expect(queues.body.perluDikirim).toEqual([expect.objectContaining({ letterId: replyId, perihal: null, sifat: 'rahasia' })]);
  });

  it('refusals to an outsider reveal nothing either', async () => {
    const ack = await h.http().post(`/surat-masuk/${secretId}/disposisi/${hop}/acknowledge`).set(h.as('staf-35')).expect(403);
    const reply = await h.http().post('/surat-keluar').set(h.as('staf-35')).send({ jenis: 'nota_dinas', perihal: 'x', sifat: 'biasa', klasifikasi: '500.3', unitKode: 'X', kepada: [{ name: 'Y' }], isi: { documentId: 'd', name: 'n' }, inReplyTo: secretId }).expect(400);
    expect(reply.body.errors).toEqual([{ field: 'inReplyTo', message: 'surat masuk tidak ditemukan' }]);
    const paraf = await h.http().post(`/surat-keluar/${replyId}/paraf`).set(h.as('staf-35')).send({}).expect(409);
    const wire = JSON.stringify([ack.body, reply.body, paraf.body]);
    expect(SECRETS.filter((secret) => wire.includes(secret))).toEqual([]);
    expect(wire).not.toContain(nameOf('kabid-35'));
  });

  it.each(['kadis-35', 'sekretaris-35', 'kabid-35', 'auditor-35'])('%s (holder, addressee, chain, auditor) reads the content', async (who) => {
    const detail = await h.http().get(`/surat-masuk/${secretId}`).set(h.as(who)).expect(200);
    expect(detail.body).toMatchObject({ redacted: false, perihal: 'Laporan dugaan penyimpangan dana bergulir Koperasi Maju Jaya', nomorSurat: '700/77/INSP/2024' });
    expect(detail.headers.etag).toBeDefined();
    const found = await h.http().get('/letters').query({ q: 'penyimpangan' }).set(h.as(who)).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(secretId);
  });

  it('publishes nothing of the rahasia letters: neither their facts (with their numbers) nor their content', async () => {
    await h.app.get(LettersWorkers).relay.caughtUp();
    const streams = await h.app.get<EventStore>(EVENT_STORE).readAll();
    const rahasia = streams.filter((e) => e.stream.endsWith(secretId) || e.stream.endsWith(replyId));
    expect(rahasia.map((e) => e.type)).toEqual(expect.arrayContaining(['SuratMasukRegistered', 'LetterSigned']));
    expect(rahasia.map(lettersOutboxMapping).filter((mapped) => mapped !== null)).toEqual([]);
    const wire = JSON.stringify(h.published);
    expect(SECRETS.filter((secret) => wire.includes(secret))).toEqual([]);
    expect([secretId, replyId].filter((id) => wire.includes(id))).toEqual([]);
  });
});
