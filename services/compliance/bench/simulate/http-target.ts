/**
 * `npm run simulate -- --target http`: drives a RUNNING platform (`npm start`) through its HTTP API, so its
 * dashboards, case lists and reports have data to show. Unlike the database mode it writes nothing itself: every
 * SOP, approval and case goes through the services' commands, as the demo users of the local token issuer.
 *
 * For one dinas (default 35) it drafts a few SOPs in the catalogue, submits them, has the Kepala Dinas approve them and
 * make them effective, waits until compliance knows them, then:
 * - runs live cases step by step (start, complete, the ya/tidak decisions with rework loops), each step taking a
 *   short real pause (`stepMs`, so a run stays short); some are left open at a step, some cancelled;
 * - imports paper history for the weeks before (`POST /cases/history`), with step times in office hours drawn
 *   around each step's mutu baku waktu (some late, some reworked): the realistic durations the figures measure.
 * Bounded: at most `liveCases` + `historyCases` cases and `maxSeconds` of wall time; only 127.0.0.1 (checked by the
 * caller's URL parsing, `loopbackUrl`).
 */
import type { SopContent, SopStep, Waktu } from '@jejak/contracts';
import { DateTime } from 'luxon';
import { OfficeClock } from './office-clock';
import { Prng } from './prng';
import { SIMULATION_DINAS } from './simulation.config';

export interface HttpTargetOptions {
  issuerUrl: string;
  catalogueUrl: string;
  complianceUrl: string;
  /** The dinas (tenant) whose demo users act; 35, 35.01 or 61. */
  tenant: string;
  /** SOPs to create (1..SOP_TEMPLATES.length). */
  sops: number;
  /** Cases run live through the step commands. */
  liveCases: number;
  /** Cases imported as paper history, with realistic step times. */
  historyCases: number;
  /** Mean real pause of a live step between its start and its completion, ms. */
  stepMs: number;
  /** Wall-time bound of the whole run: no new case starts after it. */
  maxSeconds: number;
  seed: string;
  log?: (line: string) => void;
  now?: () => Date;
}

export interface HttpRunResult {
  runId: string;
  sops: Array<{ sopId: string; nomor: string; nama: string }>;
  liveCases: Array<{ caseId: string; sopId: string; reference: string; status: 'completed' | 'open' | 'cancelled'; steps: number; reworkLoops: number }>;
  history: { references: string[]; cases: number; steps: number };
  seconds: number;
  /** True when `maxSeconds` stopped the run before every case was made. */
  cutShort: boolean;
}

type PlatformRole = 'STAF' | 'KASI' | 'KEPALA_BIDANG' | 'KEPALA_DINAS';

/** The demo users of the local issuer that act, per pelaksana text of the templates. */
const ACTORS: Record<string, { prefix: string; role: PlatformRole }> = {
  Staf: { prefix: 'staf', role: 'STAF' },
  'Kepala Seksi': { prefix: 'kasi', role: 'KASI' },
  'Kepala Bidang': { prefix: 'kabid', role: 'KEPALA_BIDANG' },
  'Kepala Dinas': { prefix: 'kadis', role: 'KEPALA_DINAS' },
};

interface StepTemplate {
  kegiatan: string;
  pelaksana: keyof typeof ACTORS;
  waktu: [number, Waktu['unit']];
  kelengkapan: string[];
  output: string;
  decision?: { question: string; tidak: number };
}

interface SopTemplate {
  nama: string;
  unit: string;
  steps: StepTemplate[];
}

/** SIMULATION DATA: plausible SOPs of a Dinas Koperasi dan UKM, in the shape the catalogue accepts. */
export const SOP_TEMPLATES: readonly SopTemplate[] = [
  {
    nama: 'Pelayanan Surat Keterangan Terdaftar Koperasi',
    unit: 'Bidang Kelembagaan Koperasi',
    steps: [
      { kegiatan: 'Menerima dan mencatat berkas permohonan', pelaksana: 'Staf', waktu: [30, 'menit'], kelengkapan: ['Surat permohonan', 'Akta pendirian koperasi'], output: 'Berkas tercatat di agenda' },
      { kegiatan: 'Memeriksa kelengkapan berkas', pelaksana: 'Kepala Seksi', waktu: [2, 'jam'], kelengkapan: ['Berkas permohonan'], output: 'Hasil pemeriksaan', decision: { question: 'Berkas lengkap?', tidak: 1 } },
      { kegiatan: 'Menyusun konsep surat keterangan', pelaksana: 'Staf', waktu: [1, 'hari'], kelengkapan: ['Hasil pemeriksaan'], output: 'Konsep surat keterangan' },
      { kegiatan: 'Memaraf konsep surat', pelaksana: 'Kepala Bidang', waktu: [2, 'jam'], kelengkapan: ['Konsep surat keterangan'], output: 'Konsep surat berparaf' },
      { kegiatan: 'Menandatangani surat keterangan', pelaksana: 'Kepala Dinas', waktu: [1, 'hari'], kelengkapan: ['Konsep surat berparaf'], output: 'Surat keterangan bertanda tangan' },
      { kegiatan: 'Mengirim surat keterangan kepada pemohon', pelaksana: 'Staf', waktu: [30, 'menit'], kelengkapan: ['Surat keterangan bertanda tangan'], output: 'Tanda terima pengiriman' },
    ],
  },
  {
    nama: 'Fasilitasi Pendaftaran Nomor Induk Berusaha Usaha Mikro',
    unit: 'Bidang Usaha Mikro',
    steps: [
      { kegiatan: 'Menerima data pelaku usaha mikro', pelaksana: 'Staf', waktu: [1, 'jam'], kelengkapan: ['KTP pelaku usaha', 'Formulir data usaha'], output: 'Data usaha tercatat' },
      { kegiatan: 'Memverifikasi data usaha', pelaksana: 'Kepala Seksi', waktu: [1, 'hari'], kelengkapan: ['Data usaha tercatat'], output: 'Berita acara verifikasi' },
      { kegiatan: 'Menyetujui pengajuan pendaftaran', pelaksana: 'Kepala Bidang', waktu: [4, 'jam'], kelengkapan: ['Berita acara verifikasi'], output: 'Persetujuan pengajuan', decision: { question: 'Data usaha sesuai?', tidak: 2 } },
      { kegiatan: 'Mendaftarkan usaha pada sistem OSS', pelaksana: 'Staf', waktu: [2, 'hari'], kelengkapan: ['Persetujuan pengajuan'], output: 'Nomor Induk Berusaha' },
    ],
  },
  {
    nama: 'Penyusunan Laporan Pendampingan Koperasi',
    unit: 'Bidang Pengawasan Koperasi',
    steps: [
      { kegiatan: 'Menghimpun laporan pendamping lapangan', pelaksana: 'Staf', waktu: [2, 'hari'], kelengkapan: ['Laporan pendamping'], output: 'Rekap laporan pendampingan' },
      { kegiatan: 'Menelaah rekap laporan', pelaksana: 'Kepala Seksi', waktu: [1, 'hari'], kelengkapan: ['Rekap laporan pendampingan'], output: 'Telaahan staf', decision: { question: 'Rekap sesuai data lapangan?', tidak: 1 } },
      { kegiatan: 'Menyetujui laporan pendampingan', pelaksana: 'Kepala Bidang', waktu: [1, 'hari'], kelengkapan: ['Telaahan staf'], output: 'Laporan pendampingan disetujui' },
    ],
  },
];

const WAKTU_WORD: Record<NonNullable<Waktu['unit']>, string> = { menit: 'menit', jam: 'jam', hari: 'hari', minggu: 'minggu', bulan: 'bulan' };

/** The SOP AP content of a template, signed by the dinas's Kepala Dinas as the issuer knows them. */
export function templateContent(template: SopTemplate, options: { instansi: string; nomor: string; tanggalPembuatan: string; pengesah: { name: string; nip: string } }): SopContent {
  const steps: SopStep[] = template.steps.map((s, i) => ({
    no: i + 1,
    kegiatan: s.kegiatan,
    pelaksana: [s.pelaksana],
    decision: s.decision ? { question: s.decision.question, ya: i + 2, tidak: s.decision.tidak } : null,
    keterangan: '',
    mutuBaku: { kelengkapan: s.kelengkapan, waktu: { raw: `${s.waktu[0]} ${WAKTU_WORD[s.waktu[1]!]}`, min: s.waktu[0], max: s.waktu[0], unit: s.waktu[1], ceiling: false }, output: s.output },
  }));
  const roles = [...new Set(template.steps.map((s) => s.pelaksana))];
  return {
    identity: {
      instansi: options.instansi,
      unit: template.unit,
      nomor: options.nomor,
      nama: template.nama,
      tanggalPembuatan: options.tanggalPembuatan,
      tanggalRevisi: null,
      tanggalEfektif: null,
      disahkanOleh: { nama: options.pengesah.name, nip: options.pengesah.nip, jabatan: 'Kepala Dinas' },
      dasarHukum: ['Peraturan Menteri PAN dan RB Nomor 35 Tahun 2012', 'Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian'],
      keterkaitan: [],
      peringatan: 'Apabila SOP tidak dilaksanakan, pelayanan terlambat dan tidak dapat dipertanggungjawabkan',
      kualifikasiPelaksana: ['Memahami tugas pokok dan fungsi', 'Mampu mengoperasikan komputer'],
      peralatanPerlengkapan: ['Komputer', 'Printer', 'Jaringan internet'],
      pencatatanPendataan: 'Buku agenda dan arsip elektronik',
    },
    procedures: [{ name: template.nama, roles, steps }],
  } as SopContent;
}

/** One visit of a step in a case: which step, and the decision's answer when it is a decision. */
export interface PlannedVisit {
  no: number;
  answer?: 'ya' | 'tidak';
}

/** The path of one case through a template: "tidak" (rework) at a decision with `reworkRate`, halving on each loop. */
export function planPath(template: SopTemplate, prng: Prng, reworkRate: number): PlannedVisit[] {
  const path: PlannedVisit[] = [];
  let loops = 0;
  for (let no = 1; no <= template.steps.length && path.length < 100; ) {
    const step = template.steps[no - 1];
    if (!step.decision) {
      path.push({ no });
      no += 1;
      continue;
    }
    const tidak = prng.chance(reworkRate / 2 ** loops);
    path.push({ no, answer: tidak ? 'tidak' : 'ya' });
    if (tidak) {
      loops += 1;
      no = step.decision.tidak;
    } else no += 1;
  }
  return path;
}

const MINUTE = 60_000;
const standardMinutes = ([n, unit]: StepTemplate['waktu'], officeDayMinutes: number): number =>
  unit === 'menit' ? n : unit === 'jam' ? n * 60 : unit === 'hari' ? n * officeDayMinutes : unit === 'minggu' ? n * 5 * officeDayMinutes : n * 21 * officeDayMinutes;

/**
 * Paper history lines (the CSV `POST /cases/history` takes) of `count` cases of one SOP, started on working days
 * between `from` and `to` (ms), each step's office time drawn around its standard (late about one in six).
 */
export function historyLines(input: {
  template: SopTemplate;
  nomor: string;
  referencePrefix: string;
  count: number;
  from: number;
  to: number;
  clock: OfficeClock;
  actors: Record<string, string>;
  prng: Prng;
}): { lines: string[]; references: string[]; steps: number } {
  const { template, clock, prng } = input;
  const lines: string[] = [];
  const references: string[] = [];
  const local = (t: number) => DateTime.fromMillis(t, { zone: clock.zone }).toFormat('yyyy-MM-dd HH:mm');
  for (let i = 0; i < input.count; i += 1) {
    const reference = `${input.referencePrefix}-${String(i + 1).padStart(3, '0')}`;
    let at = clock.snap(Math.round(input.from + prng.next() * (input.to - input.from)));
    const caseLines: string[] = [];
    for (const visit of planPath(template, prng, 0.2)) {
      const step = template.steps[visit.no - 1];
      const standard = standardMinutes(step.waktu, 480);
      const late = prng.chance(1 / 6);
      const minutes = Math.max(5, Math.round(late ? standard * prng.between(1.2, 2.5) : standard * prng.between(0.3, 0.95)));
      const started = clock.snap(at + Math.round(prng.between(0, 60)) * MINUTE);
      const completed = clock.addOfficeMs(started, minutes * MINUTE);
      if (completed > input.to) break;
      const actor = ACTORS[step.pelaksana];
      caseLines.push([reference, input.nomor, String(visit.no), actor.role, input.actors[step.pelaksana] ?? '', local(started), local(completed), visit.answer ?? '', 'Buku agenda (simulasi)'].map(csvCell).join(','));
      at = completed;
    }
    if (caseLines.length === 0) continue;
    references.push(reference);
    lines.push(...caseLines);
  }
  return { lines, references, steps: lines.length };
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export const HISTORY_HEADER = 'case reference,sop number,step number,role,actor,started at,completed at,decision,note';

interface Session {
  token: string;
  user: { name: string; nip: string };
}

interface Answer {
  status: number;
  body: unknown;
  text: string;
}

async function call(method: string, url: string, options: { token?: string; body?: unknown; csv?: string; timeoutMs?: number } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = options.csv;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, text };
}

async function expectStatus(what: string, answer: Promise<Answer>, ...expected: number[]): Promise<Answer> {
  const result = await answer;
  if (!expected.includes(result.status)) throw new Error(`${what}: HTTP ${result.status} (expected ${expected.join(' or ')}): ${result.text.slice(0, 600)}`);
  return result;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Runs the HTTP simulation; throws with the service's answer when a command is refused. */
export async function runHttpTarget(options: HttpTargetOptions): Promise<HttpRunResult> {
  const started = Date.now();
  const deadline = started + options.maxSeconds * 1000;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const dinas = SIMULATION_DINAS.find((d) => d.tenant === options.tenant);
  if (!dinas) throw new Error(`--tenant must be one of ${SIMULATION_DINAS.map((d) => d.tenant).join(', ')} (the dinas of the demo users), got ${options.tenant}`);
  const prng = new Prng(`${options.seed}\nhttp\n${options.tenant}`);
  const runId = `${DateTime.fromJSDate(now()).toFormat('yyMMddHHmmss')}${String(prng.int(0, 99)).padStart(2, '0')}`;
  const calendar = dinas.calendar();
  const today = DateTime.fromJSDate(now(), { zone: calendar.timeZone });
  const clock = new OfficeClock(calendar, today.year - 1, today.year + 1);

  const tokenOf = async (username: string): Promise<Session> => {
    const res = await expectStatus(`token for ${username} from ${options.issuerUrl}`, call('POST', `${options.issuerUrl}/token`, { body: { username } }), 200);
    const body = res.body as { access_token: string; user: { name: string; nip: string } };
    return { token: body.access_token, user: body.user };
  };
  const sessions: Record<string, Session> = {};
  for (const [pelaksana, actor] of Object.entries(ACTORS)) sessions[pelaksana] = await tokenOf(`${actor.prefix}-${options.tenant}`);
  const drafter = sessions['Kepala Bidang'];
  const kadis = sessions['Kepala Dinas'];
  const starter = sessions['Staf'];

  // SOPs: draft, submit, approve, make effective (from 60 days ago, so that the paper history falls in force).
  const effectiveFrom = today.minus({ days: 60 }).toISODate() as string;
  const templates = SOP_TEMPLATES.slice(0, Math.max(1, Math.min(options.sops, SOP_TEMPLATES.length)));
  const sops: HttpRunResult['sops'] = [];
  for (const [k, template] of templates.entries()) {
    const nomor = `800 / SIM-${runId}-${k + 1} / ${today.year}`;
    const content = templateContent(template, { instansi: dinas.nama, nomor, tanggalPembuatan: today.minus({ days: 90 }).toISODate() as string, pengesah: kadis.user });
    const created = await expectStatus(`POST /sops (${template.nama})`, call('POST', `${options.catalogueUrl}/sops`, { token: drafter.token, body: { unit: template.unit, content } }), 201);
    const sopId = (created.body as { sopId: string }).sopId;
    await expectStatus(`submit SOP ${nomor}`, call('POST', `${options.catalogueUrl}/sops/${sopId}/versions/1/submit`, { token: drafter.token }), 200);
    await expectStatus(`approve SOP ${nomor}`, call('POST', `${options.catalogueUrl}/sops/${sopId}/versions/1/approve`, { token: kadis.token }), 200);
    await expectStatus(`make SOP ${nomor} effective`, call('POST', `${options.catalogueUrl}/sops/${sopId}/versions/1/make-effective`, { token: kadis.token, body: { effectiveFrom } }), 200);
    sops.push({ sopId, nomor, nama: template.nama });
    log(`SOP ${nomor} "${template.nama}" (${sopId}) approved, effective from ${effectiveFrom}`);
  }

  // Compliance learns about them through the transport.
  for (const sop of sops) {
    for (;;) {
      const res = await expectStatus('GET /sop-registry', call('GET', `${options.complianceUrl}/sop-registry`, { token: starter.token }), 200);
      const found = (res.body as Array<{ sopId: string; status: string }>).find((s) => s.sopId === sop.sopId);
      if (found?.status === 'effective') break;
      if (Date.now() > deadline) throw new Error(`compliance did not see SOP ${sop.nomor} become effective within ${options.maxSeconds} s`);
      await sleep(250);
    }
  }

  // Paper history of the weeks before today: realistic office-time durations.
  const history: HttpRunResult['history'] = { references: [], cases: 0, steps: 0 };
  const names = Object.fromEntries(Object.entries(sessions).map(([pelaksana, s]) => [pelaksana, s.user.name]));
  const from = Math.max(DateTime.fromISO(effectiveFrom, { zone: calendar.timeZone }).toMillis(), today.minus({ days: 45 }).toMillis());
  const to = today.minus({ days: 1 }).toMillis();
  let cutShort = false;
  for (const [k, template] of templates.entries()) {
    const count = Math.floor(options.historyCases / templates.length) + (k < options.historyCases % templates.length ? 1 : 0);
    if (count === 0) continue;
    if (Date.now() > deadline) {
      cutShort = true;
      break;
    }
    const made = historyLines({ template, nomor: sops[k].nomor, referencePrefix: `SIM-${runId}-${k + 1}`, count, from, to, clock, actors: names, prng: prng.fork(`history ${k}`) });
    if (made.lines.length === 0) continue;
    await expectStatus(`POST /cases/history (${sops[k].nomor})`, call('POST', `${options.complianceUrl}/cases/history`, { token: starter.token, csv: `${HISTORY_HEADER}\n${made.lines.join('\n')}\n`, timeoutMs: 60_000 }), 200, 201);
    history.references.push(...made.references);
    history.cases += made.references.length;
    history.steps += made.steps;
    log(`history: ${made.references.length} cases (${made.steps} steps) of SOP ${sops[k].nomor}`);
  }

  // Live cases, step by step through the commands.
  const liveCases: HttpRunResult['liveCases'] = [];
  for (let i = 0; i < options.liveCases; i += 1) {
    if (Date.now() > deadline) {
      cutShort = true;
      break;
    }
    const k = i % templates.length;
    const template = templates[k];
    const sop = sops[k];
    const reference = `SIM-${runId}-L${String(i + 1).padStart(3, '0')}`;
    const startedCase = await expectStatus(`POST /cases (${reference})`, call('POST', `${options.complianceUrl}/cases`, { token: starter.token, body: { sopId: sop.sopId, reference } }), 201);
    const caseId = (startedCase.body as { caseId: string }).caseId;
    const path = planPath(template, prng, 0.25);
    const fate = prng.weighted([['completed', 0.8], ['open', 0.12], ['cancelled', 0.08]] as const);
    const stopAt = fate === 'completed' ? path.length : prng.int(1, Math.max(1, path.length - 1));
    let steps = 0;
    let reworkLoops = 0;
    for (const visit of path.slice(0, stopAt)) {
      const step = template.steps[visit.no - 1];
      const actor = sessions[step.pelaksana];
      const base = `${options.complianceUrl}/cases/${caseId}/steps/1.${visit.no}`;
      await expectStatus(`start step ${visit.no} of ${reference}`, call('POST', `${base}/start`, { token: actor.token }), 200);
      await sleep(Math.round(options.stepMs * prng.between(0.5, 1.5)));
      const kelengkapanChecked = prng.chance(0.05) ? step.kelengkapan.slice(1) : step.kelengkapan;
      await expectStatus(`complete step ${visit.no} of ${reference}`, call('POST', `${base}/complete`, { token: actor.token, body: { kelengkapanChecked, outputProduced: prng.chance(0.98), documentRef: `${reference}/${visit.no}` } }), 200);
      if (visit.answer) {
        await expectStatus(`decision at step ${visit.no} of ${reference}`, call('POST', `${base}/decision`, { token: actor.token, body: { answer: visit.answer } }), 200);
        if (visit.answer === 'tidak') reworkLoops += 1;
      }
      steps += 1;
    }
    if (fate === 'cancelled') {
      await expectStatus(`cancel ${reference}`, call('POST', `${options.complianceUrl}/cases/${caseId}/cancel`, { token: starter.token, body: { reason: 'Permohonan ditarik oleh pemohon (simulasi)' } }), 200);
    }
    liveCases.push({ caseId, sopId: sop.sopId, reference, status: fate, steps, reworkLoops });
    log(`live case ${reference} (${caseId}): ${fate}, ${steps} steps${reworkLoops ? `, ${reworkLoops} rework loop(s)` : ''}`);
  }
  return { runId, sops, liveCases, history, seconds: (Date.now() - started) / 1000, cutShort };
}
