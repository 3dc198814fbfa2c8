/**
 * System test (issue 5): a research-request letter measured against the SOP it runs, across the REAL processes
 * `npm start` runs (the built launcher, embedded PostgreSQL, local token issuer, sop-catalogue, compliance and
 * letters, each its own process, talking over HTTP and the event transport). It runs on the PostgreSQL transport, and
 * again with `EVENT_TRANSPORT=kafka` (as `EVENT_TRANSPORT=kafka npm start` runs it) when `KAFKA_BROKERS` is set.
 *
 * 1. A Jawa Timur drafter imports the seed "Pengelolaan Layanan Informasi dan Dokumentasi" into the catalogue; an
 *    administrator completes the draft (the seed lost most pelaksana marks; no nomor; a Plt. signs instead of the
 *    Kepala Dinas printed in the seed), it is submitted, approved by `kadis-35` and made effective.
 * 2. Compliance learns the effective SOP from the catalogue's outbox (`GET /sop-registry`).
 * 3. The whole research-request path through the letters service: registered (opening the "Penerimaan Penelitian"
 *    case on klasifikasi 070), disposisi Kadis → Sekretariat → unit, a reply drafted, returned once at paraf,
 *    revised, initialled, signed with its number and sent.
 * 4. Compliance has the case with steps 1.1-1.7 measured in working time; the monitoring form of the SOP version
 *    over the day the case started shows those steps, their durations and the case counted.
 *
 * The services run on the real clock: durations are asserted for structure and consistency, never exact minutes
 * (outside office hours every step measures 0 office minutes).
 */
import { TOPICS, type IntegrationEvent } from '@jejak/contracts';
import { KafkaTransport } from '@jejak/messaging';
import { workingDuration, type DinasCalendar } from '@jejak/working-time';
import { logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  apiClient, demoUsers, eventually, localDate, portOpen, repositoryRoot, startPlatform, tokenFor,
  type ApiCall, type DemoSession, type DemoUserView, type RunningPlatform,
} from './system-platform';

jest.setTimeout(240_000);

const SEEDS = process.env.JEJAK_SEEDS_DIR ?? join(repositoryRoot, 'docs/seeds');
const SEED_FILE = 'jatim-sop-layanan-informasi-dokumentasi.txt';
const SOP_NAME = 'Pengelolaan Layanan Informasi dan Dokumentasi';
const PROCEDURES = ['Penerimaan Penelitian', 'Permintaan Data (Eksternal)'];
/** WIB (Jawa Timur): UTC+7, no daylight saving. */
const WIB = 7 * 60;
const USERS = ['kadis-35', 'sekretaris-35', 'kabid-35', 'kasi-35', 'staf-35', 'petugas-35', 'auditor-35'] as const;
type Username = (typeof USERS)[number];

/**
 * The pelaksana an administrator gives the steps whose marks the seed lost, by procedure and step number: each one
 * of that procedure's role columns, read from the kegiatan (the researcher's own steps are the Peneliti's, the
 * front office receives, the mail officer enters TNDE, the Sekretariat distributes, ...). Marks the importer did read
 * are kept.
 */
const PELAKSANA: Record<string, Record<number, string>> = {
  'Penerimaan Penelitian': {
    1: 'Peneliti', 2: 'Peneliti', 3: 'Petugas Frontliner', 4: 'Petugas Surat Masuk', 5: 'Kepala Dinas', 6: 'Sekretariat',
    7: 'Petugas Frontliner', 8: 'Peneliti', 9: 'Peneliti', 10: 'Sekretariat', 11: 'Peneliti',
  },
  'Permintaan Data (Eksternal)': { 1: 'Pemohon', 2: 'Kepala Dinas', 3: 'Pemohon', 4: 'Unit Kerja', 5: 'Unit Kerja', 6: 'Unit Kerja', 7: 'Pemohon' },
};

/** The steps the letter flow witnesses (services/letters/README.md), with the role of the actor it reports. */
const FLOW_STEPS: [stepKey: string, role: string, user: Username][] = [
  ['1.1', 'PETUGAS', 'petugas-35'], ['1.2', 'PETUGAS', 'petugas-35'], ['1.3', 'PETUGAS', 'petugas-35'], ['1.4', 'PETUGAS', 'petugas-35'],
  ['1.5', 'KEPALA_DINAS', 'kadis-35'], // read (started) and disposed (completed) by the Kepala Dinas
  ['1.6', 'KEPALA_DINAS', 'kadis-35'], // started when the Sekretariat acknowledged; completed by the signature
  ['1.7', 'PETUGAS', 'petugas-35'], // the reply dispatched
];
const FLOW_KEYS = FLOW_STEPS.map(([key]) => key);
const PROCEDURE_1_KEYS = Array.from({ length: 11 }, (_, i) => `1.${i + 1}`);

// Shapes of the answers the test reads (the services' own types stay in the services).
interface SopStepView { no: number; kegiatan: string; pelaksana: string[]; mutuBaku: { waktu: { unit: string | null } } }
interface SopContentView {
  identity: { nomor: string | null; nama: string; disahkanOleh: { nama: string; nip: string | null; jabatan: string } | null; [field: string]: unknown };
  procedures: { name: string; roles: string[]; steps: SopStepView[] }[];
}
interface SopView {
  sopId: string;
  tenant: string;
  versions: { version: number; stage: string; effectiveFrom: string | null; missingForApproval: { field: string; message: string }[]; approvedBy: { approvedBy: { userId: string; nip: string | null } } | null; content: SopContentView }[];
}
interface Problem { code: string; errors?: { field: string; message: string }[] }
interface Person { userId: string; name: string; role: string }
interface WorkingAmount { officeMinutes: number; workingDays: number }
interface Execution {
  seq: number; stepKey: string; origin: string; actor: Person; inRole: boolean | null; fit: string | null;
  readyAt: string; startedAt: string | null; finishedAt: string | null; clockStart: string;
  waktu: { duration: WorkingAmount; onTime: boolean | null; overByOfficeMinutes: number | null; standard: { amount: number; unit: string } | null } | null;
  kelengkapanMissing: string[]; outputProduced: boolean | null;
}
interface StepResult { stepKey: string; executions: number; finished: number; onTime: number; late: number; noStandard: number; officeMinutes: number; lateOfficeMinutes: number; pelaksana: string[] }
interface CaseView {
  caseId: string; tenant: string; sop: { sopId: string; version: number; nama: string }; reference: string; origin: string; source: string; status: string;
  startedAt: string; completedAt: string | null; reworkLoops: number;
  measurement: {
    status: string; startedAt: string; duration: WorkingAmount | null; executions: Execution[]; steps: StepResult[];
    deviations: { kind: string; stepKey: string; seq?: number }[]; reworkLoops: number;
    conformance: { fitness: number; skipped: string[]; extra: number[]; outOfOrder: number[]; fit: Record<string, string> };
    current: { stepKey: string; phase: string } | null;
  };
}
interface CaseListItem { caseId: string; sopId: string; version: number; reference: string; status: string; startedAt: string; currentStepKey: string | null; fitness: number; deviations: number; lateExecutions: number }
interface MonitoringRow { no: number; stepKey: string; prosedur: string; penilaian: string | null; catatanHasilPenilaian: string; tindakanYangHarusDiambil: string }

/** The whole story on one transport; `env` is the launcher's extra environment. */
function researchLetterSuite(transport: string, env: NodeJS.ProcessEnv): void {
describe(`system (${transport}): a research-request letter runs the Jawa Timur SOP "Penerimaan Penelitian" and is measured`, () => {
  let platform: RunningPlatform | undefined;
  let catalogue: ApiCall;
  let compliance: ApiCall;
  let letters: ApiCall;
  const as = {} as Record<Username, DemoSession>;
  let kadis: DemoUserView;

  let sopId = '';
  let effectiveFrom = '';
  let suratId = '';
  let replyId = '';
  let lettersCaseId = '';
  let agendaYear = '';
  let caseId = '';
  let caseView: CaseView;

  const ref = (who: Username) => ({ userId: as[who].user.userId, name: as[who].user.name });
  const person = (who: Username, role: string) => ({ ...ref(who), role });

  beforeAll(async () => {
    platform = await startPlatform({ env, requiredServices: ['sop-catalogue', 'compliance', 'letters'] });
    catalogue = apiClient(platform.url('sop-catalogue'));
    compliance = apiClient(platform.url('compliance'));
    letters = apiClient(platform.url('letters'));
    for (const who of USERS) as[who] = await tokenFor(platform.issuerUrl, who);
    const found = (await demoUsers(platform.issuerUrl)).find((u) => u.username === 'kadis-35');
    if (!found) throw new Error('the issuer lists no kadis-35');
    kadis = found;
  }, 480_000); // 180 s for the platform, plus waiting for another platform on the same Kafka broker

  afterAll(async () => {
    if (platform) {
      await platform.abort();
      platform.dispose();
    }
  }, 90_000);

  it('1. a Jawa Timur drafter imports the seed; completed as an administrator would, it is submitted, approved by the Kepala Dinas and made effective', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(join(SEEDS, SEED_FILE))], { type: 'text/plain' }), SEED_FILE);
    const imported = await catalogue<{ drafts: { sopId: string; name: string; steps: number; result: string; warnings: number }[] }>('POST', '/sop-imports', { as: as['kabid-35'], body: form, expect: 200 });
    expect(imported.body.drafts).toEqual([expect.objectContaining({ name: SOP_NAME, steps: 18, result: 'created' })]);
    sopId = imported.body.drafts[0].sopId;

    const draft = await catalogue<SopView>('GET', `/sops/${sopId}`, { as: as['kabid-35'], expect: 200 });
    expect(draft.body.tenant).toBe('35');
    const [v1] = draft.body.versions;
    expect(v1).toMatchObject({ version: 1, stage: 'draft' });
    const content = structuredClone(v1.content);
    expect(content.procedures.map((p) => [p.name, p.steps.length])).toEqual([[PROCEDURES[0], 11], [PROCEDURES[1], 7]]);

    // What the seed lost: every step without pelaksana is listed as blocking approval (most of them).
    const unmarked = content.procedures.flatMap((p, pi) => p.steps.flatMap((s, si) => (s.pelaksana.length === 0 ? [`procedures[${pi}].steps[${si}].pelaksana`] : [])));
    expect(unmarked.length).toBeGreaterThan(9);
    expect(v1.missingForApproval.map((m) => m.field)).toEqual(expect.arrayContaining(unmarked));
    const incomplete = await catalogue<Problem>('POST', `/sops/${sopId}/versions/1/submit`, { as: as['kabid-35'], expect: 409 });
    expect(incomplete.body.code).toBe('SOP_INCOMPLETE');
    expect(incomplete.body.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(unmarked));

    // The administrator's completion: a pelaksana from the procedure's own role columns for every unmarked step, a
    // nomor if the seed has none, and the demo Kepala Dinas as pengesah (a Plt. signing for the official in the seed).
    for (const procedure of content.procedures) {
      for (const step of procedure.steps) {
        if (step.pelaksana.length > 0) continue;
        const role = PELAKSANA[procedure.name]?.[step.no];
        if (role === undefined || !procedure.roles.includes(role)) throw new Error(`no pelaksana column "${role}" for ${procedure.name} step ${step.no}: ${procedure.roles.join(', ')}`);
        step.pelaksana = [role];
      }
    }
    if (!content.identity.nomor) content.identity.nomor = '065 / 1 / 114.1 / 2023';
    expect(content.identity.disahkanOleh?.nip).not.toBe(kadis.nip);
    content.identity.disahkanOleh = { nama: kadis.name, nip: kadis.nip, jabatan: 'Plt. Kepala Dinas Koperasi dan UKM Provinsi Jawa Timur' };
    const edited = await catalogue('PUT', `/sops/${sopId}/versions/1/content`, { as: as['kabid-35'], ifMatch: draft.etag, body: { content }, expect: 200 });
    const completed = await catalogue<SopView>('GET', `/sops/${sopId}`, { as: as['kabid-35'], expect: 200 });
    expect(completed.body.versions[0].missingForApproval).toEqual([]);
    expect(completed.etag).toBe(edited.etag);

    await catalogue('POST', `/sops/${sopId}/versions/1/submit`, { as: as['kabid-35'], ifMatch: edited.etag, expect: 200 });
    await catalogue('POST', `/sops/${sopId}/versions/1/approve`, { as: as['kadis-35'], body: {}, expect: 200 });
    effectiveFrom = localDate(WIB);
    await catalogue('POST', `/sops/${sopId}/versions/1/make-effective`, { as: as['kadis-35'], body: { effectiveFrom }, expect: 200 });

    const effective = await catalogue<SopView>('GET', `/sops/${sopId}`, { as: as['staf-35'], expect: 200 });
    expect(effective.body.versions).toEqual([expect.objectContaining({ version: 1, stage: 'effective', effectiveFrom, missingForApproval: [] })]);
    expect(effective.body.versions[0].approvedBy?.approvedBy).toMatchObject({ userId: kadis.userId, nip: kadis.nip });
  });

  it(`2. compliance learns the effective SOP from the catalogue (outbox → ${transport})`, async () => {
    const known = await eventually(
      `compliance's /sop-registry to show SOP ${sopId} effective`,
      async () => {
        const res = await compliance<{ sopId: string; status: string; effectiveVersion: number | null; effectiveFrom: string | null; nama: string; tenant: string }[]>('GET', '/sop-registry', { as: as['kasi-35'], expect: 200 });
        return res.body.find((s) => s.sopId === sopId && s.status === 'effective');
      },
      { timeoutMs: 60_000, describe: () => platform!.output().slice(-5_000) },
    );
    expect(known).toMatchObject({ tenant: '35', nama: SOP_NAME, effectiveVersion: 1, effectiveFrom });
  });

  it('3a. the front office registers the research request (klasifikasi 070): agenda number 1, routed to the Kepala Dinas, the case opened', async () => {
    const tanggalDiterima = localDate(WIB);
    agendaYear = tanggalDiterima.slice(0, 4);
    const registered = await letters<{ letterId: string; nomor: string }>('POST', '/surat-masuk', {
      as: as['petugas-35'],
      body: {
        tanggalDiterima,
        pengirim: { nama: 'Kepala Badan Kesatuan Bangsa dan Politik', instansi: 'Pemerintah Provinsi Jawa Timur' },
        nomorSurat: '070/1234/207.3/2026',
        tanggalSurat: localDate(WIB, -3),
        perihal: 'Permohonan izin penelitian a.n. Rina Amelia (Universitas Airlangga)',
        sifat: 'biasa',
        klasifikasi: '070',
        lampiran: [{ documentId: 'doc-proposal', name: 'Proposal penelitian.pdf', mediaType: 'application/pdf' }],
        routeTo: ref('kadis-35'),
      },
      expect: 201,
    });
    suratId = registered.body.letterId;
    expect(registered.body.nomor).toBe('1');
    const detail = await letters<{ status: string; sopCase: { caseId: string; sopNumber: string } | null }>('GET', `/surat-masuk/${suratId}`, { as: as['staf-35'], expect: 200 });
    expect(detail.body.sopCase).toEqual({ caseId: expect.any(String), sopNumber: SOP_NAME });
    lettersCaseId = detail.body.sopCase!.caseId;
  });

  it('3b. disposisi Kadis → Sekretariat → unit', async () => {
    await letters('POST', `/surat-masuk/${suratId}/read`, { as: as['kadis-35'], body: {}, expect: 200 });
    const detail = await letters('GET', `/surat-masuk/${suratId}`, { as: as['kadis-35'], expect: 200 });
    const hop1 = await letters<{ disposisiIds: string[] }>('POST', `/surat-masuk/${suratId}/disposisi`, {
      as: as['kadis-35'],
      ifMatch: detail.etag,
      body: { recipients: [{ ...person('sekretaris-35', 'SEKRETARIS'), unit: 'Sekretariat' }], instruction: 'proses_lebih_lanjut', catatan: 'Mohon segera ditelaah bersama bidang terkait', batasWaktu: localDate(WIB, 7) },
      expect: 201,
    });
    const [toSekretariat] = hop1.body.disposisiIds;
    await letters('POST', `/surat-masuk/${suratId}/disposisi/${toSekretariat}/acknowledge`, { as: as['sekretaris-35'], body: {}, expect: 200 });
    const hop2 = await letters<{ disposisiIds: string[] }>('POST', `/surat-masuk/${suratId}/disposisi`, {
      as: as['sekretaris-35'],
      body: { fromDisposisiId: toSekretariat, recipients: [{ ...person('kasi-35', 'KASI'), unit: 'Seksi Kelembagaan Koperasi' }], instruction: 'siapkan_jawaban', catatan: 'Siapkan surat rekomendasi', batasWaktu: localDate(WIB, 5) },
      expect: 201,
    });
    const [toUnit] = hop2.body.disposisiIds;
    await letters('POST', `/surat-masuk/${suratId}/disposisi/${toUnit}/acknowledge`, { as: as['kasi-35'], body: {}, expect: 200 });

    const tree = await letters<{ status: string; disposisi: { disposisiId: string; level: number; children: { disposisiId: string; level: number }[] }[] }>('GET', `/surat-masuk/${suratId}`, { as: as['kadis-35'], expect: 200 });
    expect(tree.body.status).toBe('didisposisi');
    expect(tree.body.disposisi).toEqual([expect.objectContaining({ disposisiId: toSekretariat, level: 1, children: [expect.objectContaining({ disposisiId: toUnit, level: 2 })] })]);
  });

  it('3c. the unit drafts the reply; returned once at paraf, revised, initialled, signed with its number and sent', async () => {
    const draft = await letters<{ letterId: string }>('POST', '/surat-keluar', {
      as: as['kasi-35'],
      body: {
        jenis: 'surat_keluar',
        perihal: 'Rekomendasi pelaksanaan penelitian a.n. Rina Amelia',
        sifat: 'biasa',
        klasifikasi: '070',
        unitKode: 'DISKOPUKM.SEKR',
        kepada: [{ name: 'Kepala Badan Kesatuan Bangsa dan Politik Provinsi Jawa Timur' }],
        isi: { documentId: 'doc-rekomendasi-v1', name: 'Konsep rekomendasi.docx' },
        inReplyTo: suratId,
      },
      expect: 201,
    });
    replyId = draft.body.letterId;
    const chain = { reviewers: [person('kasi-35', 'KASI'), person('kabid-35', 'KEPALA_BIDANG'), person('sekretaris-35', 'SEKRETARIS')], signer: person('kadis-35', 'KEPALA_DINAS') };
    await letters('POST', `/surat-keluar/${replyId}/submit`, { as: as['kasi-35'], body: chain, expect: 200 });
    await letters('POST', `/surat-keluar/${replyId}/paraf`, { as: as['kasi-35'], body: {}, expect: 200 });
    await letters('POST', `/surat-keluar/${replyId}/return`, { as: as['kabid-35'], body: { catatan: 'Cantumkan dasar hukum dan jangka waktu penelitian' }, expect: 200 });
    await letters('PUT', `/surat-keluar/${replyId}/draft`, { as: as['kasi-35'], body: { isi: { documentId: 'doc-rekomendasi-v2', name: 'Konsep rekomendasi (perbaikan).docx' }, catatan: 'Dasar hukum ditambahkan' }, expect: 200 });
    await letters('POST', `/surat-keluar/${replyId}/submit`, { as: as['kasi-35'], body: chain, expect: 200 });
    for (const who of ['kasi-35', 'kabid-35', 'sekretaris-35'] as const) {
      await letters('POST', `/surat-keluar/${replyId}/paraf`, { as: as[who], body: { catatan: 'OK' }, expect: 200 });
    }
    const signed = await letters<{ nomor: string }>('POST', `/surat-keluar/${replyId}/sign`, { as: as['kadis-35'], body: {}, expect: 200 });
    expect(signed.body.nomor).toBe('070 / 1 / DISKOPUKM.SEKR');
    await letters('POST', `/surat-keluar/${replyId}/dispatch`, { as: as['petugas-35'], body: { via: 'email', catatan: 'Dikirim ke email peneliti' }, expect: 200 });

    const reply = await letters<{ status: string; rounds: number; inReplyTo: string; sopCase: { caseId: string } | null; roundHistory: { round: number; returned: unknown }[] }>('GET', `/surat-keluar/${replyId}`, { as: as['kasi-35'], expect: 200 });
    expect(reply.body).toMatchObject({ status: 'dikirim', rounds: 2, inReplyTo: suratId, sopCase: { caseId: lettersCaseId } });
    expect(reply.body.roundHistory.map((r) => [r.round, r.returned !== null])).toEqual([[1, true], [2, false]]);
  });

  it('4a. compliance has the case: steps 1.1-1.7 executed, measured in working time, on the flowchart', async () => {
    const listed = await eventually(
      'compliance to have the letter\'s case',
      async () => {
        const res = await compliance<CaseListItem[]>('GET', '/cases', { as: as['kabid-35'], query: { sopId }, expect: 200 });
        return res.body.length > 0 ? res.body : undefined;
      },
      { timeoutMs: 90_000, describe: () => platform!.output().slice(-5_000) },
    );
    expect(listed).toHaveLength(1);
    caseId = listed[0].caseId;

    // The facts arrive one by one: wait until the dispatch (1.7) is measured.
    caseView = await eventually(
      `case ${caseId} to have step 1.7 completed`,
      async () => {
        const res = await compliance<CaseView>('GET', `/cases/${caseId}`, { as: as['kabid-35'], expect: 200 });
        return res.body.measurement.executions.some((e) => e.stepKey === '1.7' && e.finishedAt !== null) ? res.body : undefined;
      },
      { timeoutMs: 90_000 },
    );
    expect(caseView).toMatchObject({
      tenant: '35',
      sop: { sopId, version: 1, nama: SOP_NAME },
      reference: `Agenda surat masuk ${agendaYear} nomor 1`,
      origin: 'historical',
      source: `/jejak/letters surat-masuk/${suratId}`,
      status: 'open',
      completedAt: null,
      reworkLoops: 0,
    });

    const m = caseView.measurement;
    expect(m.executions.map((e) => [e.stepKey, e.actor.role, e.actor.userId])).toEqual(FLOW_STEPS.map(([key, role, user]) => [key, role, as[user].user.userId]));
    // Every execution is finished and measured; each step's clock starts when the previous one finished.
    let previousFinish = caseView.startedAt;
    for (const e of m.executions) {
      expect(e).toMatchObject({ origin: 'historical', fit: 'fitting', kelengkapanMissing: [], outputProduced: true });
      expect(e.readyAt).toBe(previousFinish);
      expect(Date.parse(e.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(e.readyAt));
      expect(e.waktu).not.toBeNull();
      expect(e.waktu!.duration.officeMinutes).toBeGreaterThanOrEqual(0);
      expect(e.waktu!.duration.workingDays).toBeGreaterThanOrEqual(0);
      expect(typeof e.waktu!.onTime).toBe('boolean'); // every step 1.1-1.7 has a standard time
      expect(e.waktu!.overByOfficeMinutes).toBeGreaterThanOrEqual(0);
      previousFinish = e.finishedAt!;
    }
    // 1.1-1.4 are recorded at the registration instant: zero by construction, at any time of day.
    expect(m.executions.slice(0, 4).map((e) => e.waktu!.duration)).toEqual(Array(4).fill({ officeMinutes: 0, workingDays: 0 }));
  });

  it('4b. the case\'s figures add up: per step, in total against the dinas calendar, and in its conformance', async () => {
    const m = caseView.measurement;
    const executed = new Map(m.executions.map((e) => [e.stepKey, e]));
    // The case runs its procedure, "Penerimaan Penelitian": steps 1.1-1.11.
    expect(m.steps.map((s) => s.stepKey)).toEqual(PROCEDURE_1_KEYS);
    for (const s of m.steps) {
      const e = executed.get(s.stepKey);
      if (!e) {
        expect([s.stepKey, s.executions, s.finished, s.officeMinutes]).toEqual([s.stepKey, 0, 0, 0]);
        continue;
      }
      expect([s.stepKey, s.executions, s.finished, s.onTime + s.late + s.noStandard]).toEqual([s.stepKey, 1, 1, 1]);
      expect(s.officeMinutes).toBe(e.waktu!.duration.officeMinutes);
      expect(s.lateOfficeMinutes).toBe(e.waktu!.overByOfficeMinutes ?? 0);
      expect(s.onTime).toBe(e.waktu!.onTime ? 1 : 0);
    }

    // The steps are contiguous, so their office minutes add up to the working time from the opening to the dispatch
    // on the dinas's own calendar (as compliance serves it), and never exceed the clock time elapsed.
    const total = m.executions.reduce((sum, e) => sum + e.waktu!.duration.officeMinutes, 0);
    const last = m.executions[m.executions.length - 1].finishedAt!;
    const calendar = await compliance<{ tenant: string; calendar: DinasCalendar }>('GET', '/calendars/35', { as: as['kabid-35'], expect: 200 });
    expect(total).toBeCloseTo(workingDuration(calendar.body.calendar, caseView.startedAt, last).officeMinutes, 2);
    expect(total).toBeLessThanOrEqual((Date.parse(last) - Date.parse(caseView.startedAt)) / 60_000 + 0.01);
    expect(m.duration).toBeNull(); // open: 1.8-1.11 come after the letters

    // Conformance: the path 1.1-1.7 fits the flowchart, the case waits at 1.8.
    expect(m.conformance).toMatchObject({ fitness: 1, skipped: [], extra: [], outOfOrder: [] });
    expect(Object.values(m.conformance.fit)).toEqual(Array(7).fill('fitting'));
    expect(m.current).toMatchObject({ stepKey: '1.8' });
    // Deviations are those the executions show (executed by a role outside the step's pelaksana, late, ...).
    const outOfRole = m.executions.filter((e) => e.inRole === false).map((e) => e.stepKey);
    expect(m.deviations.filter((d) => d.kind === 'not_pelaksana').map((d) => d.stepKey)).toEqual(outOfRole);
    expect(m.deviations.every((d) => FLOW_KEYS.includes(d.stepKey))).toBe(true);

    const listed = await compliance<CaseListItem[]>('GET', '/cases', { as: as['auditor-35'], query: { sopId, status: 'open' }, expect: 200 });
    expect(listed.body).toEqual([
      expect.objectContaining({
        caseId, version: 1, status: 'open', currentStepKey: '1.8', fitness: 1, deviations: m.deviations.length,
        lateExecutions: m.executions.filter((e) => e.waktu!.onTime === false).length,
      }),
    ]);
  });

  it('4c. the monitoring form of the SOP version over the day the case started shows its steps, their durations and the case counted', async () => {
    const day = localDate(WIB, 0, new Date(caseView.startedAt));
    const res = await compliance<{ format: string; sop: object; periode: object; rows: MonitoringRow[] }>('GET', '/reports/monitoring', {
      as: as['kabid-35'],
      query: { sopId, version: 1, dari: day, sampai: day, format: 'json' },
      expect: 200,
    });
    expect(res.headers.get('content-type')).toContain('application/json');
    const form = res.body;
    expect(form).toMatchObject({ format: 'jejak.compliance.formulir-monitoring.v1', sop: { sopId, version: 1, nama: SOP_NAME }, periode: { dari: day, sampai: day } });
    // One row per step of the whole SOP (both procedures).
    expect(form.rows.map((r) => r.stepKey)).toEqual([...PROCEDURE_1_KEYS, ...Array.from({ length: 7 }, (_, i) => `2.${i + 1}`)]);

    const executed = new Map(caseView.measurement.executions.map((e) => [e.stepKey, e]));
    const stepResults = new Map(caseView.measurement.steps.map((s) => [s.stepKey, s]));
    const sop = await catalogue<SopView>('GET', `/sops/${sopId}`, { as: as['kabid-35'], expect: 200 });
    const waktuUnit = new Map<string, string | null>(sop.body.versions[0].content.procedures.flatMap((p, pi) => p.steps.map((s): [string, string | null] => [`${pi + 1}.${s.no}`, s.mutuBaku.waktu.unit])));
    for (const row of form.rows) {
      const e = executed.get(row.stepKey);
      if (!e) {
        expect([row.stepKey, row.penilaian, row.catatanHasilPenilaian]).toEqual([row.stepKey, null, 'Tidak ada pelaksanaan pada periode ini.']);
        continue;
      }
      expect(stepResults.get(row.stepKey)).toMatchObject({ executions: 1, finished: 1 });
      // The case counted once, on time or not as measured; its duration in the step's own unit.
      expect(row.catatanHasilPenilaian).toMatch(/^Dilaksanakan 1 kali; tepat waktu [01] dari 1 \((0|100)%\)/);
      expect(row.catatanHasilPenilaian).toContain(`tepat waktu ${e.waktu!.onTime ? 1 : 0} dari 1`);
      const median = /median (\d+(?:,\d+)?) (hari|menit) kerja, persentil ke-90 (\d+(?:,\d+)?) (hari|menit) kerja/.exec(row.catatanHasilPenilaian);
      expect([row.stepKey, median !== null]).toEqual([row.stepKey, true]);
      const [, med, unit, p90] = median!;
      const number = (text: string) => Number(text.replace(',', '.'));
      const inDays = ['hari', 'minggu', 'bulan'].includes(waktuUnit.get(row.stepKey) ?? '');
      expect(unit).toBe(inDays ? 'hari' : 'menit');
      const expected = inDays ? Math.round(e.waktu!.duration.workingDays * 100) / 100 : Math.round(e.waktu!.duration.officeMinutes);
      expect([row.stepKey, number(med), number(p90)]).toEqual([row.stepKey, expected, expected]);
      expect(number(med)).toBeGreaterThanOrEqual(0);
      // "Berjalan dengan baik" exactly when on time and done by one of the step's pelaksana (the default rule).
      const good = e.waktu!.onTime !== false && e.inRole !== false;
      expect([row.stepKey, row.penilaian]).toEqual([row.stepKey, good ? 'Berjalan dengan baik' : 'Tidak berjalan dengan baik']);
    }

    // The same period in the summary figures: one case started (still open), seven executions measured.
    const summary = await compliance<{ figures: { cases: object; timeliness: { measured: number; onTime: number; late: number }; steps: { stepKey: string; officeMinutes: { count: number; median: number | null } }[] } }>('GET', '/compliance/summary', {
      as: as['auditor-35'],
      query: { sopId, version: 1, dari: day, sampai: day },
      expect: 200,
    });
    const f = summary.body.figures;
    expect(f.cases).toEqual({ started: 1, completed: 0, cancelled: 0, open: 1 });
    expect(f.timeliness.measured).toBe(FLOW_KEYS.length);
    expect(f.timeliness.onTime + f.timeliness.late).toBe(FLOW_KEYS.length);
    for (const key of FLOW_KEYS) {
      expect(f.steps.find((s) => s.stepKey === key)?.officeMinutes).toEqual({ count: 1, median: executed.get(key)!.waktu!.duration.officeMinutes, p90: executed.get(key)!.waktu!.duration.officeMinutes });
    }
  });

  if (env.EVENT_TRANSPORT === 'kafka') {
    it('4d. the facts travelled over Kafka: the catalogue\'s and the letters\' topics hold this run\'s events', async () => {
      const reader = new KafkaTransport({ brokers: env.KAFKA_BROKERS!.split(','), clientId: 'jejak-system-test-reader', client: { logLevel: logLevel.NOTHING } });
      try {
        const seen: IntegrationEvent[] = [];
        const consumer = await reader.subscribe({ group: `system-test-reader-${randomUUID()}`, topics: [TOPICS.sopCatalogue, TOPICS.letters], handle: async (event) => void seen.push(event) });
        await consumer.drained();
        await consumer.stop();
        const about = (id: string) => seen.filter((event) => JSON.stringify(event).includes(id)).map((event) => event.type);
        expect(about(sopId)).toEqual(expect.arrayContaining(['jejak.sop.version-effective.v1']));
        expect(about(suratId).length).toBeGreaterThan(0);
      } finally {
        await reader.close();
      }
    });
  }

  it('5. Ctrl-C stops the whole platform cleanly: exit code 0, every port closed', async () => {
    const running = platform!;
    expect(await running.stop(60_000)).toBe(0);
    expect(await portOpen(running.pgPort)).toBe(false);
    for (const service of running.services) expect(await portOpen(running.ports[service.name])).toBe(false);
  });
});
}

researchLetterSuite('PostgreSQL transport', {});

// The same story over Kafka, when a broker is configured (CI starts one: see .ci/run and docs/kafka.md).
const kafkaBrokers = process.env.KAFKA_BROKERS?.trim();
if (kafkaBrokers) {
  researchLetterSuite('Kafka transport', { EVENT_TRANSPORT: 'kafka', KAFKA_BROKERS: kafkaBrokers });
} else {
  console.warn('SKIPPED: system research-letter flow over Kafka (set KAFKA_BROKERS to run it)');
  describe.skip('system (Kafka transport): research-request letter (KAFKA_BROKERS not set)', () => {
    it('runs the research-letter flow over Kafka', () => undefined);
  });
}
