/**
 * `allowedActions` on each letter read: what the caller may do next, as SRIKANDI's queues show it. Computed by
 * trying each command against the letter with the dinas's own decider, so every listed action succeeds when
 * sent, and an action missing from the list is refused. Dinkop Pacitan (35.01), default hierarchy and chains.
 */
import { refOf, startLettersHarness, type LettersHarness } from './support/letters.harness';

jest.setTimeout(120_000);

const USERS = ['petugas-35.01', 'kadis-35.01', 'sekretaris-35.01', 'kabid-35.01', 'kasi-35.01', 'staf-35.01'];
const person = (who: string, role: string) => ({ ...refOf(who), role });
type Action = { action: string; method: string; path: string; [key: string]: unknown };

describe('letters: allowed actions on each read (e2e)', () => {
  let h: LettersHarness;
  let letterId = '';
  let hop1 = '';
  let draftId = '';

  const actionsOf = async (path: string, who: string): Promise<Action[]> => (await h.http().get(path).set(h.as(who)).expect(200)).body.allowedActions;
  const names = (actions: Action[]) => actions.map((a) => a.action);

  beforeAll(async () => {
    h = await startLettersHarness('letters_allowed', { start: '2024-04-02T02:00:00.000Z', users: USERS });
  });
  afterAll(async () => h?.close());

  it('a registered letter: the holder may read, dispose to every level below, link and close; others only link', async () => {
    const res = await h.http().post('/surat-masuk').set(h.as('petugas-35.01')).send({
      tanggalDiterima: '2024-04-01', pengirim: { nama: 'Ketua Koperasi Sumber Rejeki' }, nomorSurat: '12/KSR/III/2024', tanggalSurat: '2024-03-25',
      perihal: 'Undangan Rapat Anggota Tahunan', sifat: 'biasa', klasifikasi: '500.3', routeTo: refOf('kadis-35.01'),
    }).expect(201);
    letterId = res.body.letterId;
    const kadis = await actionsOf(`/surat-masuk/${letterId}`, 'kadis-35.01');
    expect(kadis).toEqual([
      { action: 'read', method: 'POST', path: `/surat-masuk/${letterId}/read` },
      { action: 'link_sop_case', method: 'POST', path: `/surat-masuk/${letterId}/sop-case` },
      { action: 'send_disposisi', method: 'POST', path: `/surat-masuk/${letterId}/disposisi`, fromDisposisiId: null, recipientRoles: ['SEKRETARIS', 'KEPALA_BIDANG', 'KASI', 'STAF', 'PETUGAS'] },
      { action: 'close', method: 'POST', path: `/surat-masuk/${letterId}/close` },
    ]);
    expect(names(await actionsOf(`/surat-masuk/${letterId}`, 'kabid-35.01'))).toEqual(['link_sop_case']);
    // What is not listed is refused.
    await h.http().post(`/surat-masuk/${letterId}/read`).set(h.as('kabid-35.01')).expect(403);
  });

  it('a recipient may acknowledge, report, and dispose only further down; closing waits for the report', async () => {
    const sent = await h.http().post(`/surat-masuk/${letterId}/disposisi`).set(h.as('kadis-35.01')).send({ recipients: [person('kabid-35.01', 'KEPALA_BIDANG')], instruction: 'hadiri', batasWaktu: '2024-04-10' }).expect(201);
    hop1 = sent.body.disposisiIds[0];
    const kabid = await actionsOf(`/surat-masuk/${letterId}`, 'kabid-35.01');
    const base = `/surat-masuk/${letterId}/disposisi/${hop1}`;
    expect(kabid).toEqual([
      { action: 'link_sop_case', method: 'POST', path: `/surat-masuk/${letterId}/sop-case` },
      { action: 'acknowledge_disposisi', method: 'POST', path: `${base}/acknowledge`, disposisiId: hop1 },
      { action: 'report_follow_up', method: 'POST', path: `${base}/follow-up`, disposisiId: hop1 },
      { action: 'send_disposisi', method: 'POST', path: `/surat-masuk/${letterId}/disposisi`, fromDisposisiId: hop1, recipientRoles: ['KASI', 'STAF', 'PETUGAS'] },
    ]);
    // The holder has read it now (the disposisi read it first): no more "read".
    expect(names(await actionsOf(`/surat-masuk/${letterId}`, 'kadis-35.01'))).toEqual(['link_sop_case', 'send_disposisi', 'close']);

    await h.http().post(`${base}/acknowledge`).set(h.as('kabid-35.01')).expect(200);
    await h.http().post(`${base}/follow-up`).set(h.as('kabid-35.01')).send({ laporan: 'Sudah dihadiri, notulen terlampir' }).expect(200);
    const after = names(await actionsOf(`/surat-masuk/${letterId}`, 'kabid-35.01'));
    expect(after).toEqual(['link_sop_case', 'report_follow_up', 'close_disposisi', 'send_disposisi']);
    await h.http().post(`${base}/close`).set(h.as('kabid-35.01')).send({}).expect(200);
    expect(names(await actionsOf(`/surat-masuk/${letterId}`, 'kabid-35.01'))).toEqual(['link_sop_case']);
  });

  it('a draft: the drafter may revise and submit, with the paraf chain each signer needs; then each reviewer in turn', async () => {
    const draft = await h.http().post('/surat-keluar').set(h.as('kasi-35.01')).send({
      jenis: 'surat_keluar', perihal: 'Jawaban undangan RAT', sifat: 'biasa', klasifikasi: '500.3', unitKode: 'DISKOPUKM.B',
      kepada: [{ name: 'Ketua Koperasi Sumber Rejeki' }], isi: { documentId: 'doc-1', name: 'Jawaban.docx' },
    }).expect(201);
    draftId = draft.body.letterId;
    const path = `/surat-keluar/${draftId}`;
    expect(await actionsOf(path, 'kasi-35.01')).toEqual([
      { action: 'revise_draft', method: 'PUT', path: `${path}/draft` },
      { action: 'submit_for_paraf', method: 'POST', path: `${path}/submit`, parafChains: [{ signerRole: 'KEPALA_DINAS', reviewers: ['KASI', 'KEPALA_BIDANG', 'SEKRETARIS'] }] },
    ]);
    expect(await actionsOf(path, 'kabid-35.01')).toEqual([]);

    const [chain] = (await actionsOf(path, 'kasi-35.01'))[1].parafChains as { signerRole: string; reviewers: string[] }[];
    const who: Record<string, string> = { KASI: 'kasi-35.01', KEPALA_BIDANG: 'kabid-35.01', SEKRETARIS: 'sekretaris-35.01', KEPALA_DINAS: 'kadis-35.01' };
    await h.http().post(`${path}/submit`).set(h.as('kasi-35.01')).send({ reviewers: chain.reviewers.map((role) => person(who[role], role)), signer: person(who[chain.signerRole], chain.signerRole) }).expect(200);

    expect(names(await actionsOf(path, 'kasi-35.01'))).toEqual(['give_paraf', 'return_draft']);
    expect(names(await actionsOf(path, 'kabid-35.01'))).toEqual([]);
    await h.http().post(`${path}/paraf`).set(h.as('kabid-35.01')).send({}).expect(403);
    for (const reviewer of ['kasi-35.01', 'kabid-35.01', 'sekretaris-35.01']) {
      expect(names(await actionsOf(path, reviewer))).toEqual(['give_paraf', 'return_draft']);
      await h.http().post(`${path}/paraf`).set(h.as(reviewer)).send({}).expect(200);
    }
    expect(names(await actionsOf(path, 'kadis-35.01'))).toEqual(['return_draft', 'sign']);
    await h.http().post(`${path}/sign`).set(h.as('kadis-35.01')).send({}).expect(200);
    expect(names(await actionsOf(path, 'kasi-35.01'))).toEqual(['dispatch']);
    expect(names(await actionsOf(path, 'petugas-35.01'))).toEqual(['dispatch']);
    expect(await actionsOf(path, 'kadis-35.01')).toEqual([]);
  });
});
