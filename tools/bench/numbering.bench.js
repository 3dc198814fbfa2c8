'use strict';
/**
 * `npm run bench -- numbering`: registering surat masuk WITH a Jejak agenda number on a book that
 * already holds 20,000 numbers, against a real letters process (embedded PostgreSQL).
 *
 * The book is seeded through the public API only, so the bench measures whatever storage numbering
 * uses: the Sekretaris opens `agenda-masuk/<year>` with `lastIssued = 20,000 − BENCH_BOOK_REGISTERED`,
 * then BENCH_BOOK_REGISTERED letters (default 1,000; quick 200) are registered one after the other,
 * so the book ends at number 20,000 with real issued numbers at its end (timed separately).
 *
 * Then, median of BENCH_RUNS runs (3; quick 1):
 * - open loop at BENCH_NUMBERING_RATE (50) req/s for 30 s (quick 5 s): p50/p99, target p99 ≤ 100 ms;
 * - closed loop, 10 in flight (autocannon, 10 connections) for the same time: p50/p99 and the count of
 *   conflicts (409), other non-2xx and timeouts, target: none.
 * Finally the agenda book is read back: every 201 got a distinct number, gap-free from the opening.
 */
const { startPlatform } = require('./lib/platform');
const { openLoop, closedLoop } = require('./lib/load');
const { call, settled } = require('./lib/api');
const { suratMasuk, agendaYear } = require('./lib/fixtures');
const { settings, printHeader, medianOf, ms, table, verdict, log } = require('./lib/report');

const BOOK_SIZE = 20_000;
const TARGET_P99 = 100;

async function main() {
  const s = settings();
  const rate = Number(process.env.BENCH_NUMBERING_RATE ?? 50);
  const inFlight = Number(process.env.BENCH_IN_FLIGHT ?? 10);
  const registered = Number(process.env.BENCH_BOOK_REGISTERED ?? (s.quick ? 200 : 1000));
  printHeader('numbering: surat masuk with a Jejak agenda number, book of 20,000 numbers', {
    book: `opened at ${BOOK_SIZE - registered}, then ${registered} registrations through the API`,
    load: `open loop ${rate} req/s and closed loop ${inFlight} in flight, ${s.durationS} s each`,
    runs: s.runs,
  });
  const platform = await startPlatform({ services: ['letters'], log });
  try {
    const letters = platform.urls.letters;
    const users = await platform.users();
    const kadis = users.find((u) => u.username === 'kadis-35');
    const routeTo = { userId: kadis.userId, name: kadis.name };
    const [petugas, sekretaris, staf] = await Promise.all(['petugas-35', 'sekretaris-35', 'staf-35'].map(platform.token));
    const year = agendaYear();
    const opened = BOOK_SIZE - registered;
    await call(letters, sekretaris, 'POST', `/number-sequences/agenda-masuk/${year}/open`, { lastIssued: opened }, { expect: [200, 201] });

    let n = 0;
    const register = () => ({ method: 'POST', path: '/surat-masuk', headers: { authorization: `Bearer ${petugas}` }, body: suratMasuk({ routeTo, external: false, n: n++ }) });
    const seedStarted = Date.now();
    for (let i = 0; i < registered; i += 1) {
      const spec = register();
      await call(letters, petugas, 'POST', spec.path, spec.body, { expect: [201] });
    }
    const seedS = (Date.now() - seedStarted) / 1000;
    let created = registered;
    log(`book seeded: ${registered} registrations in ${seedS.toFixed(1)} s (${(registered / seedS).toFixed(1)}/s), last number ${BOOK_SIZE}`);

    const open = [];
    const closed = [];
    for (let r = 0; r < s.runs; r += 1) {
      await settled([letters]);
      const o = await openLoop({ base: letters, rate, durationS: s.durationS, request: register });
      created += o.statuses[201] ?? 0;
      log(`open loop ${rate}/s run ${r + 1}: p50 ${ms(o.p50)} ms, p99 ${ms(o.p99)} ms, ${JSON.stringify(o.statuses)}, timeouts ${o.timeouts}, errors ${o.errors}`);
      open.push(o);
      await settled([letters]);
      const c = await closedLoop({ base: letters, connections: inFlight, durationS: s.durationS, request: register });
      created += c.statuses[201] ?? 0;
      c.conflicts = c.statuses[409] ?? 0;
      log(`closed loop ${inFlight} in flight run ${r + 1}: ${c.achievedRate.toFixed(1)}/s, p50 ${ms(c.p50)} ms, p99 ${ms(c.p99)} ms, ${JSON.stringify(c.statuses)}, timeouts ${c.timeouts}, errors ${c.errors}`);
      closed.push(c);
    }

    // The book read back: one distinct number per registered letter, no gap after the opening.
    await settled([letters]);
    // The book is paged (issue 11): follow `next` to its last page.
    const entries = [];
    for (let cursor = null, first = true; first || cursor; first = false) {
      const agenda = await call(letters, staf, 'GET', `/agenda/surat-masuk?year=${year}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      entries.push(...(agenda.body.entries ?? []));
      cursor = agenda.body.next ?? null;
    }
    const numbers = entries.map((e) => e.nomorRef?.n).filter((v) => Number.isInteger(v)).sort((a, b) => a - b);
    const distinct = new Set(numbers).size;
    const gapFree = numbers.length === 0 || (numbers[0] === opened + 1 && numbers[numbers.length - 1] === opened + numbers.length);
    // A request the client gave up on (timeout) may still have committed: at least one number per 201.
    const bookOk = numbers.length >= created && distinct === numbers.length && gapFree;
    log(`agenda book ${year}: ${numbers.length} numbers (${distinct} distinct) for ${created} registrations, ${numbers[0]}..${numbers[numbers.length - 1]}, gap-free ${gapFree}`);

    const mo = medianOf(open, ['p50', 'p99', 'max', 'achievedRate', 'non2xx', 'timeouts', 'errors']);
    const mc = medianOf(closed, ['p50', 'p99', 'max', 'achievedRate', 'conflicts', 'non2xx', 'timeouts', 'errors']);
    const rows = [
      [`open loop ${rate} req/s`, mo.achievedRate.toFixed(1), ms(mo.p50), ms(mo.p99), '–', mo.non2xx, mo.timeouts + mo.errors, `p99 ≤ ${TARGET_P99} ms`, verdict(mo.p99, TARGET_P99, mo.non2xx + mo.timeouts + mo.errors)],
      [`closed loop ${inFlight} in flight`, mc.achievedRate.toFixed(1), ms(mc.p50), ms(mc.p99), mc.conflicts, mc.non2xx, mc.timeouts + mc.errors, 'no conflict/timeout', mc.conflicts + mc.non2xx + mc.timeouts + mc.errors === 0 ? 'PASS' : 'FAIL'],
    ];
    process.stdout.write(`\nbook seeding: ${registered} registrations one at a time in ${seedS.toFixed(1)} s (${(registered / seedS).toFixed(1)}/s)\n`);
    process.stdout.write(`agenda book after the runs: ${numbers.length} numbers for ${created} registrations, distinct and gap-free: ${bookOk ? 'yes' : 'NO'}\n\n`);
    process.stdout.write(`${table(['load (book of 20,000)', 'ok/s', 'p50 ms', 'p99 ms', '409', 'non-2xx', 'timeouts', 'target', 'verdict'], rows)}\n`);
    process.stdout.write(`${JSON.stringify({ bench: 'numbering', book: BOOK_SIZE, registered, seedS, rate, inFlight, durationS: s.durationS, runs: s.runs, open: mo, closed: mc, bookOk })}\n`);
    if (!bookOk) process.exitCode = 1;
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`numbering bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
