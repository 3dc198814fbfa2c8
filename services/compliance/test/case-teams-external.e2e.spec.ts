/**
 * Issue 12, through HTTP: a decision whose chosen branch names no step is refused (never the end of the case); step
 * executions keep the actor's name and jabatan from the token; a case assigns people to the SOP's team lanes and only
 * they act on those steps; a dinas user records an outside party's step (Bank Pelaksana) with its evidence, and that
 * time is measured apart from the dinas's own time, in the case and in the compliance summary.
 *
 * Dinas 61 on the default calendar (WIB, Mon-Thu 07:30-16:00), in the first week of February 2026.
 */
import type { SopContent, SopStep } from '@jejak/contracts';
import { findDemoUser } from '@jejak/nest-platform';
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';

const wib = (local: string): string => new Date(`${local}:00+07:00`).toISOString();
const SOP_TEAM = '7c1e2f6b-61aa-4c0d-9e51-5a0b3c7d9e12';
const SOP_GAP = '7c1e2f6b-61aa-4c0d-9e51-5a0b3c7d9e13';
const UNIT = 'UPT PLUT KUMKM';

const step = (no: number, kegiatan: string, pelaksana: string[], decision: SopStep['decision'] = null): SopStep => ({
  no,
  kegiatan,
  pelaksana,
  decision,
  mutuBaku: { kelengkapan: [], waktu: { raw: '1 Hari', min: null, max: 1, unit: 'hari', ceiling: false }, output: `Hasil langkah ${no}` },
  keterangan: '',
});

const sop = (nama: string, nomor: string, steps: SopStep[], roles: string[]): SopContent => ({
  identity: {
    instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
    unit: UNIT,
    nomor,
    nama,
    tanggalPembuatan: '2025-01-06',
    tanggalRevisi: null,
    tanggalEfektif: '2025-01-06',
    disahkanOleh: { nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME', nip: '19660719 199311 1 002', jabatan: 'Kepala Dinas' },
    dasarHukum: [],
    keterkaitan: [],
    peringatan: '',
    kualifikasiPelaksana: [],
    peralatanPerlengkapan: [],
    pencatatanPendataan: '',
  },
  procedures: [{ name: nama, roles, steps }],
});

const TEAM_SOP = sop(
  'Pendampingan Akses Pembiayaan',
  '500/12/PLUT/2025',
  [
    step(1, 'Menyusun rencana pendampingan', ['Ketua Tim Kerja']),
    step(2, 'Mendampingi pelaku usaha menyusun berkas kredit', ['Anggota Tim Kerja']),
    step(3, 'Menilai kelayakan kredit', ['Bank Pelaksana'], { question: 'Layak dibiayai?', ya: 4, tidak: 2 }),
    step(4, 'Melaporkan hasil pendampingan', ['Kepala Bidang']),
  ],
  ['Ketua Tim Kerja', 'Anggota Tim Kerja', 'Bank Pelaksana', 'Kepala Bidang'],
);
/** Approved before submission checked decisions: the "tidak" of step 1 names no step. */
const GAP_SOP = sop(
  'Verifikasi Proposal',
  '500/13/PLUT/2025',
  [step(1, 'Memeriksa proposal', ['Kepala Bidang'], { question: 'Proposal lengkap?', ya: 2, tidak: null }), step(2, 'Mengarsipkan proposal', ['Staf'])],
  ['Kepala Bidang', 'Staf'],
);

const person = (username: string) => {
  const user = findDemoUser(username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
};

describe('teams, external lanes and missing branches in a case (e2e)', () => {
  let t: ComplianceTestApp;
  let caseId = '';
  const staf = person('staf-61');
  const petugas = person('petugas-61');
  const act = async (id: string, stepKey: string, action: 'start' | 'complete' | 'decision', user: string, body?: object) =>
    t.http().post(`/cases/${id}/steps/${stepKey}/${action}`).set(await t.as(user)).send(body ?? {});

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_teams', wib('2026-02-02T07:30'));
    for (const [sopId, content] of [[SOP_TEAM, TEAM_SOP], [SOP_GAP, GAP_SOP]] as const) {
      await t.publishEffectiveSop({ sopId, tenant: '61', unit: UNIT, version: 1, content, effectiveFrom: '2025-01-06', time: '2026-01-05T01:00:00.000Z' });
    }
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses a team for a lane the SOP does not have (400 naming the field)', async () => {
    const res = await t.http().post('/cases').set(await t.as('kabid-61'))
      .send({ sopId: SOP_TEAM, teams: [{ lane: 'Tim Teknis', members: [{ userId: staf.userId, name: staf.name, jabatan: 'Analis' }] }] });
    expect([res.status, res.body.code, res.body.errors[0].field]).toEqual([400, 'TEAM_LANE_UNKNOWN', 'teams[0].lane']);
    const noMembers = await t.http().post('/cases').set(await t.as('kabid-61')).send({ sopId: SOP_TEAM, teams: [{ lane: 'Ketua Tim Kerja' }] });
    expect([noMembers.status, [...new Set(noMembers.body.errors.map((e: { field: string }) => e.field))]]).toEqual([400, ['teams.0.members']]);
  });

  it('starts a case with its working team (as named in the SK)', async () => {
    t.clock.set(wib('2026-02-02T08:00'));
    const res = await t.http().post('/cases').set(await t.as('kabid-61')).send({
      sopId: SOP_TEAM,
      reference: 'SK 800/045/PLUT/2026',
      teams: [
        { lane: 'Ketua Tim Kerja', members: [{ userId: staf.userId, name: staf.name, jabatan: 'Analis Kebijakan Ahli Muda' }] },
        { lane: 'Anggota Tim Kerja', members: [{ userId: petugas.userId, name: petugas.name, jabatan: 'Pendamping PLUT' }] },
      ],
      externalLanes: ['Bank Pelaksana'],
    });
    expect(res.status).toBe(201);
    caseId = res.body.caseId;
  });

  it('lets only the assigned members act on the team steps: 403 NOT_TEAM_MEMBER for anyone else', async () => {
    t.clock.set(wib('2026-02-02T09:00'));
    const outsider = await act(caseId, '1.1', 'start', 'kasi-61');
    expect([outsider.status, outsider.body.code]).toEqual([403, 'NOT_TEAM_MEMBER']);
    expect(outsider.body.detail).toContain(staf.name);
    const otherTeam = await act(caseId, '1.1', 'start', 'petugas-61');
    expect([otherTeam.status, otherTeam.body.code]).toEqual([403, 'NOT_TEAM_MEMBER']);
    expect((await act(caseId, '1.1', 'start', 'staf-61')).status).toBe(200);
    t.clock.set(wib('2026-02-02T10:00'));
    expect((await act(caseId, '1.1', 'complete', 'staf-61', { kelengkapanChecked: [], outputProduced: true })).status).toBe(200);
    t.clock.set(wib('2026-02-02T11:00'));
    expect((await act(caseId, '1.2', 'start', 'petugas-61')).status).toBe(200);
    t.clock.set(wib('2026-02-02T12:00'));
    expect((await act(caseId, '1.2', 'complete', 'petugas-61', { kelengkapanChecked: [], outputProduced: true })).status).toBe(200);
  });

  it("records the bank's step on its behalf, only with evidence", async () => {
    t.clock.set(wib('2026-02-02T13:00'));
    const started = await act(caseId, '1.3', 'start', 'staf-61');
    expect(started.status).toBe(200);
    t.clock.set(wib('2026-02-04T10:00'));
    const bare = await act(caseId, '1.3', 'complete', 'staf-61', { kelengkapanChecked: [], outputProduced: true });
    expect([bare.status, bare.body.code, bare.body.errors[0].field]).toEqual([400, 'EXTERNAL_EVIDENCE_REQUIRED', 'evidence']);
    const done = await act(caseId, '1.3', 'complete', 'staf-61', { kelengkapanChecked: [], outputProduced: true, evidence: { reference: 'Surat Bank Kalbar 045/KRD/II/2026' } });
    expect(done.status).toBe(200);
    expect((await act(caseId, '1.3', 'decision', 'staf-61', { answer: 'ya' })).status).toBe(200);
    t.clock.set(wib('2026-02-04T14:00'));
    expect((await act(caseId, '1.4', 'start', 'kabid-61')).status).toBe(200);
    t.clock.set(wib('2026-02-04T15:00'));
    const last = await act(caseId, '1.4', 'complete', 'kabid-61', { kelengkapanChecked: [], outputProduced: true });
    expect(last.body.events).toEqual(['StepCompleted', 'CaseCompleted']);
  });

  it('shows each execution with the name and jabatan of the token, and dinas time apart from the bank time', async () => {
    await t.settle();
    const view = (await t.http().get(`/cases/${caseId}`).set(await t.as('kabid-61')).expect(200)).body;
    expect(view.status).toBe('completed');
    const executions = view.measurement.executions as Array<{ stepKey: string; actor: { name: string | null; jabatan: string | null }; external: { lanes: string[]; evidence: object } | null }>;
    expect(executions.map((e) => [e.stepKey, e.actor.name, e.actor.jabatan])).toEqual([
      ['1.1', staf.name, 'Staf'],
      ['1.2', petugas.name, 'Petugas'],
      ['1.3', staf.name, 'Staf'],
      ['1.4', person('kabid-61').name, 'Kepala Bidang'],
    ]);
    expect(executions[2].external).toEqual({ lanes: ['Bank Pelaksana'], evidence: { reference: 'Surat Bank Kalbar 045/KRD/II/2026', documentId: null } });
    // Dinas: 1.1 Mon 08:00-10:00 = 120, 1.2 10:00-12:00 = 120, 1.4 Wed 10:00-15:00 = 300.
    // Bank (1.3): Mon 12:00-16:00 = 240 + Tue 510 + Wed 07:30-10:00 = 150.
    expect(view.measurement.time).toEqual({ dinasOfficeMinutes: 540, externalOfficeMinutes: 900, dinasExecutions: 3, externalExecutions: 1 });
    const summary = (await t.http().get('/compliance/summary').query({ sopId: SOP_TEAM, dari: '2026-02-01', sampai: '2026-02-28' }).set(await t.as('kabid-61')).expect(200)).body;
    expect(summary.figures.time).toEqual({ dinasOfficeMinutes: 540, externalOfficeMinutes: 900, casesWithExternalSteps: 1 });
    const step13 = summary.figures.steps.find((st: { stepKey: string }) => st.stepKey === '1.3');
    expect(step13.external).toEqual({ executions: 1, officeMinutes: 900 });
  });

  it('says in the monitoring and evaluation forms which time was spent outside the dinas', async () => {
    const query = { sopId: SOP_TEAM, version: 1, dari: '2026-02-01', sampai: '2026-02-28', tempat: 'Pontianak', tanggal: '2026-02-27' };
    const monitoring = (await t.http().get('/reports/monitoring').query(query).set(await t.as('kabid-61')).expect(200)).body;
    const rows = monitoring.rows as Array<{ stepKey: string; catatanHasilPenilaian: string }>;
    expect(rows.find((r) => r.stepKey === '1.3')?.catatanHasilPenilaian).toContain('1 kali di pihak luar, 900 menit kerja (bukan waktu dinas)');
    expect(rows.find((r) => r.stepKey === '1.1')?.catatanHasilPenilaian).not.toContain('pihak luar');
    const csv = await t.http().get('/reports/monitoring').query({ ...query, format: 'csv' }).set(await t.as('kabid-61')).expect(200);
    expect(csv.text).toContain('900 menit kerja (bukan waktu dinas)');
    const evaluation = (await t.http().get('/reports/evaluation').query(query).set(await t.as('kabid-61')).expect(200)).body;
    expect(JSON.stringify(evaluation)).toContain('Waktu kerja dinas 540 menit, waktu di pihak luar 900 menit (1 kasus).');
  });

  it('refuses the answer of a decision whose branch names no step (409), and the case stays open', async () => {
    t.clock.set(wib('2026-02-05T08:00'));
    const started = await t.http().post('/cases').set(await t.as('kabid-61')).send({ sopId: SOP_GAP });
    const gapCase = started.body.caseId as string;
    expect((await act(gapCase, '1.1', 'start', 'kabid-61')).status).toBe(200);
    expect((await act(gapCase, '1.1', 'complete', 'kabid-61', { kelengkapanChecked: [], outputProduced: true })).status).toBe(200);
    const refused = await act(gapCase, '1.1', 'decision', 'kabid-61', { answer: 'tidak' });
    expect([refused.status, refused.body.code]).toEqual([409, 'DECISION_BRANCH_MISSING']);
    expect(refused.body.detail).toContain('Verifikasi Proposal');
    expect(refused.body.detail).toContain('"Tidak"');
    await t.settle();
    const view = (await t.http().get(`/cases/${gapCase}`).set(await t.as('kabid-61')).expect(200)).body;
    expect([view.status, view.completedAt]).toEqual(['open', null]);
    expect((await act(gapCase, '1.1', 'decision', 'kabid-61', { answer: 'ya' })).status).toBe(200);
  });
});
