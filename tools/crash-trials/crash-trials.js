#!/usr/bin/env node
'use strict';
/**
 * Crash trials: `npm run crash-trials -- [--trials 20] [--seed 1234]`.
 *
 * Starts the real platform (`node tools/launcher/dist/main.js`, build first) on its own data folder
 * and free ports (or CRASH_PG_PORT, CRASH_ISSUER_PORT, CRASH_<SERVICE>_PORT), drives acknowledged
 * writes — SOP drafts with client ids (`sopId`) and surat masuk registrations with client ids
 * (`letterId`, agenda numbers from Jejak's own book), each retried with the same id until acknowledged
 * — and in every trial kills with SIGKILL, at a random moment, one of: a service, the embedded
 * PostgreSQL or the launcher (their PIDs come from the launcher's run file, and only processes this
 * script started are touched). The launcher restarts a service or PostgreSQL by itself; a killed
 * launcher is started again by this script. Then it checks:
 *   - no acknowledged write is lost (every acknowledged SOP and letter can be read, with its number);
 *   - no duplicate after a retry (each client request appears at most once in the read models);
 *   - no agenda number without its letter (the agenda book is 1..n without gaps or repeats);
 *   - no orphan process after the launcher died (everything it started is gone within 15 s);
 *   - every service is back (ready) within 10 s;
 *   - every projection and outbox caught up (worker lag 0, nothing parked) and each write in the read model exactly once.
 * Prints a summary table; exits 1 when a trial failed. Traffic goes to 127.0.0.1 only.
 */
const { spawn } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '../..');
const launcherEntry = join(root, 'tools/launcher/dist/main.js');
const READY_WITHIN_MS = Number(process.env.CRASH_READY_WITHIN_MS || 10_000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** mulberry32: a small seeded generator, so a failing trial can be replayed with its seed. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ports already handed out by this run: the kernel may offer a just-closed port again. */
const handedOut = new Set();

function freePort() {
  const pick = () =>
    new Promise((done, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => done(port));
      });
    });
  return (async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const port = await pick();
      if (!handedOut.has(port)) {
        handedOut.add(port);
        return port;
      }
    }
    throw new Error('no free port found that was not already handed out');
  })();
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/** Every process below `pid` (Linux /proc). */
function descendantsOf(pid) {
  const children = new Map();
  let entries = [];
  try {
    entries = require('node:fs').readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) || []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  const queue = [pid];
  while (queue.length) for (const child of children.get(queue.shift()) || []) found.push(child), queue.push(child);
  return found;
}

function services() {
  const registry = JSON.parse(readFileSync(join(root, 'services.json'), 'utf8')).services;
  return registry.filter((s) => existsSync(join(root, 'services', s.name, 'dist', 'main.js')));
}
const portVariable = (name) => `${name.toUpperCase().replace(/-/g, '_')}_PORT`;

async function http(method, url, { token, body, timeoutMs = 10_000 } = {}) {
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, body: json };
}

function localDate(offsetDays = 0) {
  const d = new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function sopContent(pengesah, marker) {
  const waktu = { raw: '1 hari', min: 1, max: 1, unit: 'hari', ceiling: false };
  const step = (no, kegiatan, pelaksana) => ({
    no, kegiatan, pelaksana: [pelaksana], decision: null, keterangan: '',
    mutuBaku: { kelengkapan: ['Surat permohonan'], waktu, output: `Hasil langkah ${no}` },
  });
  return {
    identity: {
      instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat', unit: 'Sekretariat',
      nomor: '800 / 12 / SEKRE - 2026', nama: `Uji crash ${marker}`, tanggalPembuatan: '2026-01-05', tanggalRevisi: null,
      tanggalEfektif: null, disahkanOleh: { nama: pengesah.name, nip: pengesah.nip, jabatan: 'Kepala Dinas' },
      dasarHukum: ['Peraturan Menteri PAN dan RB Nomor 35 Tahun 2012'], keterkaitan: [], peringatan: 'Surat terlambat diproses',
      kualifikasiPelaksana: ['Mampu mengoperasikan komputer'], peralatanPerlengkapan: ['Komputer'], pencatatanPendataan: 'Agenda surat',
    },
    procedures: [{ name: `Uji crash ${marker}`, roles: ['Staf', 'Kepala Dinas'], steps: [step(1, 'Menerima permohonan', 'Staf'), step(2, 'Menandatangani surat', 'Kepala Dinas')] }],
  };
}

class Platform {
  constructor(options) {
    this.log = options.log;
    this.dataDir = options.dataDir;
    this.env = options.env;
    this.urls = options.urls;
    this.issuerUrl = options.issuerUrl;
    this.child = undefined;
    this.output = '';
  }

  runFile() {
    try {
      return JSON.parse(readFileSync(join(this.dataDir, 'launcher.run.json'), 'utf8'));
    } catch {
      return undefined;
    }
  }

  start() {
    const child = spawn(process.execPath, [launcherEntry], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => {
      if (process.env.CRASH_LAUNCHER_LOG) require('node:fs').appendFileSync(process.env.CRASH_LAUNCHER_LOG, chunk);
      this.output += chunk.toString();
      if (this.output.length > 400_000) this.output = this.output.slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.child = child;
    return child;
  }

  /** Resolves with the milliseconds until every service answered /health/ready 200, or throws after `timeoutMs`. */
  async waitReady(timeoutMs) {
    const started = Date.now();
    const pending = new Set(Object.keys(this.urls));
    while (pending.size) {
      for (const name of [...pending]) {
        const res = await http('GET', `${this.urls[name]}/health/ready`, { timeoutMs: 1_000 }).catch(() => undefined);
        if (res && res.status === 200) pending.delete(name);
      }
      if (!pending.size) break;
      if (Date.now() - started > timeoutMs) throw new Error(`not ready after ${timeoutMs} ms: ${[...pending].join(', ')}\n${this.output.slice(-4_000)}`);
      if (this.child && this.child.exitCode !== null) throw new Error(`the launcher exited (${this.child.exitCode})\n${this.output.slice(-4_000)}`);
      await sleep(100);
    }
    return Date.now() - started;
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    const timer = setTimeout(() => {
      for (const pid of [...descendantsOf(child.pid), child.pid]) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }, 45_000);
    await exited;
    clearTimeout(timer);
  }
}

async function tokenFor(issuerUrl, username) {
  const res = await http('POST', `${issuerUrl}/token`, { body: { username } });
  if (res.status !== 200) throw new Error(`no token for ${username}: ${res.status}`);
  return { token: res.body.access_token, user: res.body.user };
}

/**
 * One client request, retried with the same client id until acknowledged (2xx) or `giveUpAt`.
 * Each attempt that failed without an answer (connection refused/reset, timeout) or with 5xx counts as a retry.
 */
async function acknowledged(send, giveUpAt, stats) {
  for (let attempt = 0; ; attempt += 1) {
    const res = await send().catch((error) => ({ status: 0, body: String(error && error.message) }));
    if (res.status >= 200 && res.status < 300) return { res, attempts: attempt + 1 };
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw new Error(`request refused: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
    }
    stats.retries += 1;
    if (Date.now() > giveUpAt) return { res, attempts: attempt + 1 };
    await sleep(100 + Math.min(attempt, 10) * 100);
  }
}

function writer(kind, ctx, stats, stopAt) {
  return (async () => {
    while (!ctx.stopWriting()) {
      const id = randomUUID();
      const marker = `${ctx.trial}-${id.slice(0, 8)}`;
      const giveUpAt = Date.now() + 60_000;
      let outcome;
      if (kind === 'sop') {
        const body = { sopId: id, unit: 'Sekretariat', content: sopContent(ctx.kadis61.user, marker) };
        outcome = await acknowledged(() => http('POST', `${ctx.urls['sop-catalogue']}/sops`, { token: ctx.kabid61.token, body }), giveUpAt, stats);
        const entry = { kind, id, marker, acked: outcome.res.status === 201 || outcome.res.status === 200 };
        ctx.writes.push(entry);
      } else {
        const body = {
          letterId: id, tanggalDiterima: localDate(), pengirim: { nama: 'Kepala Badan Kesatuan Bangsa dan Politik', instansi: 'Pemerintah Provinsi Jawa Timur' },
          nomorSurat: `070/${marker}/2026`, tanggalSurat: localDate(-3), perihal: `Uji crash ${marker}`, sifat: 'biasa', klasifikasi: '005',
          routeTo: ctx.kadis35Ref, sopCase: null,
        };
        outcome = await acknowledged(() => http('POST', `${ctx.urls.letters}/surat-masuk`, { token: ctx.petugas35.token, body }), giveUpAt, stats);
        const acked = outcome.res.status === 201 || outcome.res.status === 200;
        ctx.writes.push({ kind, id, marker, acked, nomor: acked ? String(outcome.res.body.nomor) : undefined });
      }
      if (Date.now() > stopAt) break;
    }
  })();
}

async function listAll(url, token) {
  const items = [];
  let next = url;
  for (let page = 0; next && page < 1_000; page += 1) {
    const res = await http('GET', next, { token });
    if (res.status !== 200) throw new Error(`GET ${next}: ${res.status}`);
    if (Array.isArray(res.body)) return res.body;
    items.push(...(res.body.items || []));
    next = res.body.next ? (String(res.body.next).startsWith('http') ? res.body.next : `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(res.body.next)}`) : undefined;
  }
  return items;
}

/** Worker lag and parked events of every service, from /metrics. */
async function workerBacklog(urls) {
  let behind = 0;
  let parked = 0;
  const down = [];
  for (const [name, url] of Object.entries(urls)) {
    const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5_000) });
    const text = await res.text();
    for (const line of text.split('\n')) {
      const match = /^(jejak_worker_lag_events|jejak_worker_parked_events|jejak_worker_up)\{([^}]*)\} (\S+)/.exec(line);
      if (!match) continue;
      const value = Number(match[3]);
      if (match[1] === 'jejak_worker_lag_events') behind += value;
      if (match[1] === 'jejak_worker_parked_events') parked += value;
      if (match[1] === 'jejak_worker_up' && value !== 1) down.push(`${name}:${match[2]}`);
    }
  }
  return { behind, parked, down };
}

async function verify(ctx) {
  const problems = [];
  const acked = ctx.writes.filter((w) => w.acked);
  // No acknowledged write lost.
  for (const w of acked) {
    const url = w.kind === 'sop' ? `${ctx.urls['sop-catalogue']}/sops/${w.id}` : `${ctx.urls.letters}/surat-masuk/${w.id}`;
    const res = await http('GET', url, { token: w.kind === 'sop' ? ctx.kabid61.token : ctx.petugas35.token });
    if (res.status !== 200) problems.push(`lost: ${w.kind} ${w.id} answers ${res.status}`);
  }
  // Every projection and outbox caught up, nothing parked.
  const deadline = Date.now() + 30_000;
  let backlog;
  for (;;) {
    backlog = await workerBacklog(ctx.urls).catch((error) => ({ behind: -1, parked: 0, down: [String(error)] }));
    if (backlog.behind === 0 && backlog.parked === 0 && backlog.down.length === 0) break;
    if (Date.now() > deadline) {
      problems.push(`not caught up: ${backlog.behind} events behind, ${backlog.parked} parked, down: ${backlog.down.join(', ') || 'none'}`);
      break;
    }
    await sleep(250);
  }
  // Each write in the read models exactly once (acknowledged) or at most once (never acknowledged).
  const sops = await listAll(`${ctx.urls['sop-catalogue']}/sops?tenant=61&limit=200`, ctx.kabid61.token);
  const byId = new Map();
  for (const s of sops) byId.set(s.sopId, (byId.get(s.sopId) || 0) + 1);
  const byMarker = new Map();
  for (const s of sops) {
    const m = /Uji crash (\S+)/.exec(String(s.nama || ''));
    if (m) byMarker.set(m[1], (byMarker.get(m[1]) || 0) + 1);
  }
  for (const w of ctx.writes.filter((x) => x.kind === 'sop')) {
    const seen = byMarker.get(w.marker) || 0;
    if (seen > 1 || (byId.get(w.id) || 0) > 1) problems.push(`duplicate: SOP ${w.marker} is listed ${seen} times`);
    if (w.acked && (byId.get(w.id) || 0) !== 1) problems.push(`read model: acknowledged SOP ${w.id} listed ${byId.get(w.id) || 0} times`);
  }
  const year = localDate().slice(0, 4);
  // The agenda book is paged: follow `next` until the last page.
  const entries = [];
  for (let cursor = null, page = 0; page < 10000; page += 1) {
    const query = `year=${year}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const book = await http('GET', `${ctx.urls.letters}/agenda/surat-masuk?${query}`, { token: ctx.petugas35.token });
    if (book.status !== 200) {
      problems.push(`agenda book: ${book.status}`);
      break;
    }
    entries.push(...((book.body && book.body.entries) || []));
    cursor = book.body && book.body.next;
    if (!cursor) break;
  }
  const numbers = entries.map((e) => Number(e.nomorAgenda)).filter((n) => Number.isSafeInteger(n)).sort((a, b) => a - b);
  for (let i = 0; i < numbers.length; i += 1) {
    if (numbers[i] !== i + 1) {
      problems.push(`agenda book: number ${i + 1} ${numbers[i] === i ? 'repeated' : 'has no letter'} (numbers ${numbers.slice(Math.max(0, i - 2), i + 3).join(',')})`);
      break;
    }
  }
  const letterCount = new Map();
  for (const e of entries) letterCount.set(e.id, (letterCount.get(e.id) || 0) + 1);
  const perihalCount = new Map();
  for (const e of entries) {
    const m = /Uji crash (\S+)/.exec(String(e.perihal || ''));
    if (m) perihalCount.set(m[1], (perihalCount.get(m[1]) || 0) + 1);
  }
  for (const w of ctx.writes.filter((x) => x.kind === 'letter')) {
    if ((perihalCount.get(w.marker) || 0) > 1) problems.push(`duplicate: surat masuk ${w.marker} is in the agenda ${perihalCount.get(w.marker)} times`);
    if (!w.acked) continue;
    const line = entries.find((e) => e.id === w.id);
    if (!line) problems.push(`read model: acknowledged surat masuk ${w.id} (nomor ${w.nomor}) not in the agenda book`);
    else if (String(line.nomorAgenda) !== w.nomor) problems.push(`surat masuk ${w.id}: acknowledged nomor ${w.nomor}, agenda says ${line.nomorAgenda}`);
  }
  return { problems, backlog, agendaSize: numbers.length, sops: sops.length };
}

/** Pids a killed launcher leaves behind: everything it started that is still alive. */
function leftovers(pids) {
  return pids.filter((p) => alive(p.pid) && (commandLine(p.pid) || '').includes(p.marker));
}

async function runCrashTrials(options = {}) {
  const trials = options.trials ?? 20;
  const seed = options.seed ?? Date.now() % 100_000;
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  if (!existsSync(launcherEntry)) throw new Error(`${launcherEntry} is missing: build first (npm run build)`);
  const built = services();
  for (const required of ['sop-catalogue', 'letters']) {
    if (!built.some((s) => s.name === required)) throw new Error(`${required} is not built: npm run build`);
  }
  const rng = seeded(seed);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'jejak-crash-'));
  const pgPort = Number(process.env.CRASH_PG_PORT || (await freePort()));
  const issuerPort = Number(process.env.CRASH_ISSUER_PORT || (await freePort()));
  const urls = {};
  const env = { ...process.env, JEJAK_DATA_DIR: dataDir, JEJAK_PG_PORT: String(pgPort), ISSUER_PORT: String(issuerPort), LOG_LEVEL: 'warn', EVENT_STORE: 'postgres', EVENT_TRANSPORT: 'postgres' };
  delete env.DATABASE_URL;
  delete env.JWT_JWKS_URL;
  delete env.JWT_ISSUER;
  for (const s of built) {
    const port = Number(process.env[`CRASH_${portVariable(s.name)}`] || (await freePort()));
    env[portVariable(s.name)] = String(port);
    urls[s.name] = `http://127.0.0.1:${port}`;
  }
  const issuerUrl = `http://127.0.0.1:${issuerPort}`;
  const platform = new Platform({ log, dataDir, env, urls, issuerUrl });
  log(`crash trials: ${trials} trial(s), seed ${seed}, data ${dataDir}, services ${built.map((s) => `${s.name}@${urls[s.name]}`).join(' ')}`);
  const rows = [];
  try {
    platform.start();
    const firstReadyMs = await platform.waitReady(180_000);
    log(`platform ready after ${firstReadyMs} ms`);
    const ctx = {
      urls,
      writes: [],
      kabid61: await tokenFor(issuerUrl, 'kabid-61'),
      kadis61: await tokenFor(issuerUrl, 'kadis-61'),
      petugas35: await tokenFor(issuerUrl, 'petugas-35'),
    };
    const kadis35 = await tokenFor(issuerUrl, 'kadis-35');
    ctx.kadis35Ref = { userId: kadis35.user.userId, name: kadis35.user.name };

    const targets = [...built.map((s) => `service:${s.name}`), 'postgres', 'launcher'];
    for (let trial = 1; trial <= trials; trial += 1) {
      const target = options.target ?? targets[Math.floor(rng() * targets.length)];
      const killAfterMs = 400 + Math.floor(rng() * 1600);
      const stats = { retries: 0 };
      const before = ctx.writes.length;
      let stop = false;
      const trialCtx = { ...ctx, trial: `t${trial}s${seed}`, stopWriting: () => stop };
      Object.defineProperty(trialCtx, 'writes', { get: () => ctx.writes });
      const writers = [writer('sop', trialCtx, stats, Infinity), writer('sop', trialCtx, stats, Infinity), writer('letter', trialCtx, stats, Infinity), writer('letter', trialCtx, stats, Infinity)];
      await sleep(killAfterMs);
      const run = platform.runFile();
      if (!run || run.launcherPid !== platform.child.pid) throw new Error(`no run file of our launcher in ${dataDir}`);
      const problems = [];
      let recoveryMs;
      let orphans = 0;
      const killedAt = Date.now();
      if (target === 'launcher') {
        const started = [...run.processes.filter((p) => p.role !== 'launcher'), ...descendantsOf(run.launcherPid).map((pid) => ({ role: 'child', pid, marker: '' }))];
        process.kill(run.launcherPid, 'SIGKILL');
        let left = started;
        const until = Date.now() + 15_000;
        while ((left = leftovers(started)).length && Date.now() < until) await sleep(100);
        orphans = left.length;
        if (orphans) problems.push(`orphans 15 s after the launcher died: ${left.map((p) => `${p.role} ${p.pid}`).join(', ')}`);
        for (const p of left) try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
        const restartedAt = Date.now();
        platform.start();
        recoveryMs = await platform.waitReady(120_000).catch((error) => (problems.push(String(error.message).split('\n')[0]), undefined));
        if (recoveryMs !== undefined) recoveryMs = Date.now() - restartedAt;
      } else {
        const role = target === 'postgres' ? 'postgres' : target.slice('service:'.length);
        const entry = run.processes.find((p) => p.role === role);
        if (!entry || !alive(entry.pid)) throw new Error(`${role} is not in the run file or not running`);
        process.kill(entry.pid, 'SIGKILL');
        // Wait until the launcher noticed (the new process differs), then until every service is ready.
        const until = Date.now() + 30_000;
        for (;;) {
          const now = platform.runFile();
          const current = now && now.processes.find((p) => p.role === role);
          if (current && current.pid !== entry.pid && alive(current.pid)) break;
          if (Date.now() > until) {
            problems.push(`${role} was not restarted within 30 s`);
            break;
          }
          await sleep(50);
        }
        recoveryMs = await platform.waitReady(60_000).then(() => Date.now() - killedAt).catch((error) => (problems.push(String(error.message).split('\n')[0]), undefined));
      }
      // The speed target is reported apart from the invariants (a slow machine is not lost data).
      const slow = recoveryMs !== undefined && recoveryMs > READY_WITHIN_MS;
      await sleep(500);
      stop = true;
      await Promise.all(writers);
      const verdict = await verify(ctx);
      problems.push(...verdict.problems);
      const mine = ctx.writes.slice(before);
      const row = {
        trial,
        target,
        killAfterMs,
        acked: mine.filter((w) => w.acked).length,
        unacked: mine.filter((w) => !w.acked).length,
        retries: stats.retries,
        recoveryMs: recoveryMs ?? null,
        orphans,
        agenda: verdict.agendaSize,
        result: problems.length ? 'FAIL' : slow ? 'SLOW' : 'ok',
        slow,
        problems: slow ? [...problems, `back (ready) after ${recoveryMs} ms, more than ${READY_WITHIN_MS} ms`] : problems,
      };
      rows.push(row);
      log(`trial ${trial}/${trials}: ${target} killed after ${killAfterMs} ms; ${row.acked} acknowledged, ${row.retries} retries, back in ${row.recoveryMs ?? '-'} ms; ${row.result}${row.problems.length ? `: ${row.problems.join('; ')}` : ''}`);
    }
  } finally {
    await platform.stop();
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  }
  return { seed, rows, failures: rows.filter((r) => r.result === 'FAIL'), slow: rows.filter((r) => r.result === 'SLOW'), output: () => platform.output };
}

function table(rows) {
  const header = ['trial', 'killed', 'after ms', 'acked', 'unacked', 'retries', 'back in ms', 'orphans', 'agenda', 'result'];
  const lines = rows.map((r) => [r.trial, r.target, r.killAfterMs, r.acked, r.unacked, r.retries, r.recoveryMs ?? '-', r.orphans, r.agenda, r.result].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const recoveries = rows.map((r) => r.recoveryMs).filter((v) => v !== null).sort((a, b) => a - b);
  const total = (key) => rows.reduce((s, r) => s + r[key], 0);
  return [
    format(header),
    format(widths.map((w) => '-'.repeat(w))),
    ...lines.map(format),
    '',
    `${rows.length} trials, ${rows.filter((r) => r.result === 'ok').length} passed; ${total('acked')} acknowledged writes, ${total('retries')} client retries; ` +
      `back in max ${recoveries.length ? recoveries[recoveries.length - 1] : '-'} ms (median ${recoveries.length ? recoveries[Math.floor(recoveries.length / 2)] : '-'} ms)`,
  ].join('\n');
}

module.exports = { runCrashTrials, table, seeded };

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const trials = Number(value('--trials') ?? 20);
  const seed = value('--seed') === undefined ? undefined : Number(value('--seed'));
  if (!Number.isSafeInteger(trials) || trials < 1) {
    process.stderr.write('usage: npm run crash-trials -- [--trials N] [--seed S] [--target launcher|postgres|service:<name>]\n');
    process.exit(2);
  }
  runCrashTrials({ trials, seed, target: value('--target'), keepData: args.includes('--keep-data') })
    .then((result) => {
      process.stdout.write(`\n${table(result.rows)}\n`);
      for (const row of [...result.failures, ...result.slow]) process.stdout.write(`trial ${row.trial}: ${row.problems.join('; ')}\n`);
      process.stdout.write(`seed ${result.seed} (replay: npm run crash-trials -- --trials ${trials} --seed ${result.seed})\n`);
      process.exit(result.failures.length || result.slow.length ? 1 : 0);
    })
    .catch((error) => {
      process.stderr.write(`crash trials failed: ${error && error.stack ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
