/**
 * Fifty letters signed at the same moment on one number book (nota dinas of Dinkop Jawa Timur, 2024),
 * through real HTTP against PostgreSQL: every signature takes a distinct number, the numbers are
 * consecutive from 1 (gap-free), and none is reused when a signature is retried.
 */
import { startLettersHarness, type LettersHarness, refOf } from './support/letters.harness';

const LETTERS = 50;

jest.setTimeout(120_000);

describe('concurrent signing on one number book', () => {
  let h: LettersHarness;
  const drafts: string[] = [];
  const firstAnswers: { nomor: string; revision: number }[] = [];

  beforeAll(async () => {
    h = await startLettersHarness('letters_concurrent', { start: '2024-05-02T02:00:00.000Z', users: ['kabid-35'] });
    const kabid = { ...refOf('kabid-35'), role: 'KEPALA_BIDANG' };
    for (let i = 1; i <= LETTERS; i += 1) {
      const draft = await h
        .http()
        .post('/surat-keluar')
        .set(h.as('kabid-35'))
        .send({
          jenis: 'nota_dinas',
          perihal: `Undangan rapat koordinasi ${i}`,
          sifat: 'biasa',
          klasifikasi: '000.8',
          unitKode: 'DISKOPUKM.B',
          kepada: [{ name: 'Para Kepala Seksi Bidang Koperasi' }],
          isi: { documentId: `doc-nd-${i}`, name: `Nota dinas ${i}.docx` },
        })
        .expect(201);
      // A Kabid signing their own nota dinas: the paraf chain between drafter and signer is empty.
      await h.http().post(`/surat-keluar/${draft.body.letterId}/submit`).set(h.as('kabid-35')).send({ reviewers: [], signer: kabid }).expect(200);
      drafts.push(draft.body.letterId);
    }
  });
  afterAll(async () => h?.close());

  it('gives 50 simultaneous signatures 50 distinct, consecutive numbers', async () => {
    const responses = await Promise.all(drafts.map((id) => h.http().post(`/surat-keluar/${id}/sign`).set(h.as('kabid-35')).send({})));
    expect(responses.map((r) => r.status)).toEqual(drafts.map(() => 200));
    firstAnswers.push(...responses.map((r) => ({ nomor: r.body.nomor, revision: r.body.revision })));
    const numbers = responses.map((r) => Number(/^000\.8 \/ (\d+) \/ DISKOPUKM\.B$/.exec(r.body.nomor)?.[1]));
    expect(new Set(numbers).size).toBe(LETTERS);
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: LETTERS }, (_, i) => i + 1));

    const book = await h.db.pool.query(`SELECT data FROM letters_es.events WHERE stream_id = 'number-sequence-35-nota-dinas-2024' ORDER BY revision`);
    expect(book.rows.map((r) => r.data.n)).toEqual(Array.from({ length: LETTERS }, (_, i) => i + 1));
    expect(new Set(book.rows.map((r) => r.data.letterId))).toEqual(new Set(drafts));
  });

  it('never reuses or reissues a number: a retried signature answers with the number it got, and the book does not move', async () => {
    const before = await h.eventCount('number-sequence-');
    const letterEvents = await h.eventCount(`surat-keluar-${drafts[0]}`);
    const again = await h.http().post(`/surat-keluar/${drafts[0]}/sign`).set(h.as('kabid-35')).send({}).expect(200);
    expect(again.body.events).toEqual(['LetterSigned']);
    expect({ nomor: again.body.nomor, revision: again.body.revision }).toEqual(firstAnswers[0]);
    expect(await h.eventCount('number-sequence-')).toBe(before);
    expect(await h.eventCount(`surat-keluar-${drafts[0]}`)).toBe(letterEvents);
    // Signing with a SRIKANDI number now is another request: refused, nothing written.
    const other = await h.http().post(`/surat-keluar/${drafts[0]}/sign`).set(h.as('kabid-35')).send({ nomorEksternal: { system: 'SRIKANDI', nomor: 'B-1/2024' } }).expect(409);
    expect(other.body.code).toBe('ALREADY_SIGNED');
    expect(await h.eventCount('number-sequence-')).toBe(before);

    await h.caughtUp();
    const book = await h.http().get('/agenda/surat-keluar').query({ year: 2024 }).set(h.as('kabid-35')).expect(200);
    expect(book.body.entries.map((e: { nomorRef: { n: number } }) => e.nomorRef.n)).toEqual(Array.from({ length: LETTERS }, (_, i) => i + 1));
  });
});
