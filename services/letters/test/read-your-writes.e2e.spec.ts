/**
 * Issue 12, "reads that show your write", for letters: registering a letter answers with its position
 * (X-Jejak-Position and `position`); `GET /letters` and `GET /queues/me` with X-Jejak-Min-Position show it at once,
 * and answer 425 with Retry-After while the read model is held back.
 */
import { LettersWorkers } from '../src/workers/letters.workers';
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

const surat = (n: number) => ({
  tanggalDiterima: '2024-06-03',
  pengirim: { nama: `Koperasi Baca Tulis ${n}` },
  nomorSurat: `${n}/RYW/2024`,
  tanggalSurat: '2024-06-01',
  perihal: `Permohonan pendampingan baca tulis ${n}`,
  sifat: 'biasa',
  klasifikasi: '500.3',
  routeTo: refOf('kadis-35'),
});

describe('letters: reads that show your write (e2e)', () => {
  let h: LettersHarness;

  beforeAll(async () => {
    h = await startLettersHarness('letters_ryw', { start: '2024-06-03T02:00:00.000Z', users: ['petugas-35', 'kadis-35'] });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a registration carries its position; GET /letters and GET /queues/me at that position show the letter', async () => {
    const res = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat(1)).expect(201);
    const position = res.headers['x-jejak-position'];
    expect(position).toMatch(/^\d+\.\d+$/);
    expect(res.body).toMatchObject({ revision: res.body.revision, position });
    const list = await h.http().get('/letters').set(h.as('petugas-35')).set('X-Jejak-Min-Position', position).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.letterId);
    const queues = await h.http().get('/queues/me').query({ asOf: '2024-06-03' }).set(h.as('kadis-35')).set('X-Jejak-Min-Position', position).expect(200);
    expect(queues.body.belumDibaca.map((i: { letterId: string }) => i.letterId)).toContain(res.body.letterId);
  });

  it('answers 425 with Retry-After while the read model is held back, then the letter once it caught up', async () => {
    const workers = h.app.get(LettersWorkers);
    await workers.projection.stop();
    let position = '';
    let letterId = '';
    try {
      const res = await h.http().post('/surat-masuk').set(h.as('petugas-35')).send(surat(2)).expect(201);
      [position, letterId] = [res.headers['x-jejak-position'], res.body.letterId];
      const behind = await h.http().get('/letters').set(h.as('petugas-35')).set('X-Jejak-Min-Position', position).expect(425);
      expect([behind.body.code, behind.headers['retry-after']]).toEqual(['READ_MODEL_BEHIND', '1']);
      const queues = await h.http().get('/queues/me').set(h.as('kadis-35')).set('X-Jejak-Min-Position', position).expect(425);
      expect(queues.body.code).toBe('READ_MODEL_BEHIND');
    } finally {
      await workers.projection.start();
    }
    const list = await h.http().get('/letters').set(h.as('petugas-35')).set('X-Jejak-Min-Position', position).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(letterId);
  });
});
