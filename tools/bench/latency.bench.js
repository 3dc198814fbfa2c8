'use strict';
/**
 * `npm run bench -- latency`: p50/p99 of write commands and reads of REAL running services
 * (sop-catalogue and letters, each its own process, on an embedded PostgreSQL and the PostgreSQL
 * transport, started like `npm start`), under an open-loop fixed rate (default 200 req/s for 30 s
 * per row after a 2 s warm-up; BENCH_QUICK=1: 5 s). Median of BENCH_RUNS runs (3; quick 1).
 *
 * Rows, reads first (so the list holds the 200 seeded SOPs): GET /sops/{id}, GET /sops (first page),
 * POST /surat-masuk with a SRIKANDI number (no Jejak numbering), POST /sops (a draft). Targets on 2 cores: read p99 ≤ 50 ms,
 * write p99 ≤ 100 ms. BENCH_RATE changes the rate.
 */
const { randomUUID } = require('node:crypto');
const { startPlatform } = require('./lib/platform');
const { openLoop } = require('./lib/load');
const { call, inParallel, settled } = require('./lib/api');
const { sopContent, suratMasuk } = require('./lib/fixtures');
const { settings, printHeader, medianOf, ms, table, verdict, log } = require('./lib/report');

const TARGET = { read: 50, write: 100 };

async function main() {
  const s = settings();
  const rate = Number(process.env.BENCH_RATE ?? 200);
  const warmupS = s.quick ? 1 : 2;
  printHeader('latency: write commands and reads at a fixed rate (open loop)', { rate: `${rate} req/s`, duration: `${s.durationS} s per row (+${warmupS} s warm-up)`, runs: s.runs });
  const platform = await startPlatform({ services: ['sop-catalogue', 'letters'], log });
  try {
    const sop = platform.urls['sop-catalogue'];
    const letters = platform.urls.letters;
    const users = await platform.users();
    const kadis = users.find((u) => u.username === 'kadis-35');
    const routeTo = { userId: kadis.userId, name: kadis.name };
    const pengesah = { name: kadis.name, nip: kadis.nip };
    const [petugas, kabid, staf] = await Promise.all(['petugas-35', 'kabid-35', 'staf-35'].map(platform.token));
    const auth = (t) => ({ authorization: `Bearer ${t}` });

    // A dinas with 200 SOPs to read from.
    const ids = [];
    await inParallel(200, 4, async (i) => {
      const res = await call(sop, kabid, 'POST', '/sops', { unit: 'Bidang Bench', content: sopContent(i, pengesah) }, { expect: [201] });
      ids.push(res.body.sopId);
    });
    log(`seeded ${ids.length} SOPs`);

    let n = 0;
    const rows = [
      { name: 'GET /sops/{id}', kind: 'read', base: sop, request: (i) => ({ path: `/sops/${ids[i % ids.length]}`, headers: auth(staf) }) },
      { name: 'GET /sops (first page)', kind: 'read', base: sop, request: () => ({ path: '/sops', headers: auth(staf) }) },
      { name: 'POST /surat-masuk (SRIKANDI number)', kind: 'write', base: letters, request: () => ({ method: 'POST', path: '/surat-masuk', headers: auth(petugas), body: suratMasuk({ routeTo, external: true, n: n++ }) }) },
      { name: 'POST /sops (draft)', kind: 'write', base: sop, request: () => ({ method: 'POST', path: '/sops', headers: { ...auth(kabid), 'idempotency-key': randomUUID() }, body: { unit: 'Bidang Bench', content: sopContent(1000 + n++, pengesah) } }) },
    ];
    const results = [];
    for (const row of rows) {
      const runs = [];
      for (let r = 0; r < s.runs; r += 1) {
        // Each run starts with the background work of the previous writes (projections, outbox) done.
        await settled([sop, letters]);
        await openLoop({ base: row.base, rate, durationS: warmupS, request: row.request });
        const result = await openLoop({ base: row.base, rate, durationS: s.durationS, request: row.request });
        log(`${row.name} run ${r + 1}: p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, ${result.ok}/${result.requests} 2xx, ${JSON.stringify(result.statuses)}, timeouts ${result.timeouts}, errors ${result.errors}`);
        runs.push(result);
      }
      const m = medianOf(runs, ['p50', 'p99', 'max', 'achievedRate', 'non2xx', 'timeouts', 'errors', 'maxInFlight']);
      const failures = m.non2xx + m.timeouts + m.errors;
      results.push({ row: row.name, kind: row.kind, ...m, target: TARGET[row.kind], verdict: verdict(m.p99, TARGET[row.kind], failures) });
    }
    process.stdout.write(
      `\n${table(
        ['operation', 'rate/s', 'p50 ms', 'p99 ms', 'max ms', 'non-2xx', 'timeouts', 'target p99', 'verdict'],
        results.map((r) => [r.row, r.achievedRate.toFixed(0), ms(r.p50), ms(r.p99), ms(r.max), r.non2xx, r.timeouts, `≤ ${r.target} ms`, r.verdict]),
      )}\n`,
    );
    process.stdout.write(`${JSON.stringify({ bench: 'latency', rate, durationS: s.durationS, runs: s.runs, results })}\n`);
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`latency bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
