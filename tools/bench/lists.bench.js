'use strict';
/**
 * `npm run bench -- lists`: list reads over large read models, against real sop-catalogue and
 * letters processes (embedded PostgreSQL).
 *
 * Seeding (timed separately): one SOP draft and one surat masuk are made through the API; their
 * streams are then copied into each service's event store with the store's batch append (a unit of
 * work of 500 new streams per transaction), with new ids and their own names and numbers, and the
 * running services' projections catch up from the log. BENCH_SOPS (10,000; quick 2,000) SOPs and
 * BENCH_LETTERS (100,000; quick 10,000) letters, all in Dinkop Jawa Timur (35).
 *
 * Then, median of BENCH_RUNS runs (3; quick 1), open loop at BENCH_RATE (200) req/s for 30 s (quick 5 s):
 * `GET /sops` and `GET /letters?jenis=surat_masuk`, first page with the default limit, and the second
 * page (`cursor` = the first page's `next`) when the first page has one. Target p99 ≤ 50 ms.
 */
const { startPlatform } = require('./lib/platform');
const { openLoop } = require('./lib/load');
const { call, pageOf, settled, projectionsCaughtUp, streamHolding, cloneStreams } = require('./lib/api');
const { sopContent, suratMasuk } = require('./lib/fixtures');
const { settings, printHeader, medianOf, ms, table, verdict, log } = require('./lib/report');

const TARGET_P99 = 50;
const MARKER = 'BENCHMARK';

async function main() {
  const s = settings();
  const rate = Number(process.env.BENCH_RATE ?? 200);
  const sops = Number(process.env.BENCH_SOPS ?? (s.quick ? 2_000 : 10_000));
  const letterCount = Number(process.env.BENCH_LETTERS ?? (s.quick ? 10_000 : 100_000));
  printHeader('lists: GET /sops and GET /letters over large read models (open loop)', { data: `${sops} SOPs, ${letterCount} letters`, rate: `${rate} req/s, ${s.durationS} s per row`, runs: s.runs });
  const platform = await startPlatform({ services: ['sop-catalogue', 'letters'], log });
  try {
    const sop = platform.urls['sop-catalogue'];
    const letters = platform.urls.letters;
    const users = await platform.users();
    const kadis = users.find((u) => u.username === 'kadis-35');
    const [petugas, kabid, staf] = await Promise.all(['petugas-35', 'kabid-35', 'staf-35'].map(platform.token));

    // Templates through the API.
    const draft = await call(sop, kabid, 'POST', '/sops', { unit: 'Bidang Bench', content: sopContent(MARKER, { name: kadis.name, nip: kadis.nip }) }, { expect: [201] });
    const letter = await call(letters, petugas, 'POST', '/surat-masuk', suratMasuk({ routeTo: { userId: kadis.userId, name: kadis.name }, external: true, n: MARKER }), { expect: [201] });
    await settled([sop, letters]);

    const seeding = [];
    for (const [service, base, id, count] of [
      ['sop-catalogue', sop, draft.body.sopId, sops - 1],
      ['letters', letters, letter.body.letterId, letterCount - 1],
    ]) {
      const schema = `${service.replace(/-/g, '_')}_es`;
      const stream = await streamHolding(platform.databases[service], schema, id);
      const started = Date.now();
      const events = await cloneStreams({ databaseUrl: platform.databases[service], schema, templateStream: stream, templateId: id, count, marker: MARKER, vary: (i) => String(i).padStart(6, '0') });
      const appendS = (Date.now() - started) / 1000;
      await projectionsCaughtUp(base, 30 * 60_000);
      const totalS = (Date.now() - started) / 1000;
      seeding.push({ service, streams: count + 1, events, appendS, caughtUpS: totalS });
      log(`${service}: ${count} streams (${events} events) appended in ${appendS.toFixed(1)} s (${(events / appendS).toFixed(0)} events/s), read model caught up ${totalS.toFixed(1)} s after the start (${(events / totalS).toFixed(0)} events/s)`);
    }
    await settled([sop, letters], 30 * 60_000);

    const auth = { authorization: `Bearer ${staf}` };
    const firstSops = pageOf((await call(sop, staf, 'GET', '/sops')).body);
    const firstLetters = pageOf((await call(letters, staf, 'GET', '/letters?jenis=surat_masuk')).body);
    log(`GET /sops: ${firstSops.items.length} items, total ${firstSops.total ?? '–'}, next ${firstSops.next ? 'yes' : 'no'}; GET /letters: ${firstLetters.items.length} items, total ${firstLetters.total ?? '–'}, next ${firstLetters.next ? 'yes' : 'no'}`);
    const rows = [
      { name: 'GET /sops (first page)', base: sop, path: '/sops', n: sops },
      { name: 'GET /letters?jenis=surat_masuk (first page)', base: letters, path: '/letters?jenis=surat_masuk', n: letterCount },
    ];
    if (firstSops.next) rows.push({ name: 'GET /sops (page 2, next cursor)', base: sop, path: `/sops?cursor=${encodeURIComponent(firstSops.next)}`, n: sops });
    if (firstLetters.next) rows.push({ name: 'GET /letters (page 2, next cursor)', base: letters, path: `/letters?jenis=surat_masuk&cursor=${encodeURIComponent(firstLetters.next)}`, n: letterCount });

    // Every row answers 200 before it is timed (a wrong query parameter fails here, not as a slow row).
    for (const row of rows) await call(row.base, staf, 'GET', row.path, undefined, { expect: [200] });
    const results = [];
    let previous;
    for (const row of rows) {
      // A saturated row leaves the server working through requests the client gave up on: wait
      // (at most 2 min) until that row's request answers within 1 s again before the next row.
      for (const deadline = Date.now() + 120_000; previous && Date.now() < deadline; ) {
        const started = Date.now();
        await call(previous.base, staf, 'GET', previous.path, undefined, { expect: [200] }).catch(() => undefined);
        if (Date.now() - started < 1000) break;
      }
      previous = row;
      const runs = [];
      for (let r = 0; r < s.runs; r += 1) {
        const request = () => ({ path: row.path, headers: auth });
        await openLoop({ base: row.base, rate, durationS: s.quick ? 1 : 2, request });
        const result = await openLoop({ base: row.base, rate, durationS: s.durationS, request });
        log(`${row.name} run ${r + 1}: p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, ${JSON.stringify(result.statuses)}, timeouts ${result.timeouts}, errors ${result.errors}`);
        runs.push(result);
      }
      const m = medianOf(runs, ['p50', 'p99', 'max', 'achievedRate', 'non2xx', 'timeouts', 'errors']);
      results.push({ row: row.name, rows: row.n, ...m, verdict: verdict(m.p99, TARGET_P99, m.non2xx + m.timeouts + m.errors) });
    }
    process.stdout.write(`\n${table(['seeding', 'streams', 'events', 'append s', 'caught up s', 'events/s'], seeding.map((x) => [x.service, x.streams, x.events, x.appendS.toFixed(1), x.caughtUpS.toFixed(1), (x.events / x.caughtUpS).toFixed(0)]))}\n\n`);
    process.stdout.write(
      `${table(
        ['list', 'rows', 'rate/s', 'p50 ms', 'p99 ms', 'max ms', 'non-2xx', 'timeouts', 'target p99', 'verdict'],
        results.map((r) => [r.row, r.rows, r.achievedRate.toFixed(0), ms(r.p50), ms(r.p99), ms(r.max), r.non2xx, r.timeouts, `≤ ${TARGET_P99} ms`, r.verdict]),
      )}\n`,
    );
    process.stdout.write(`${JSON.stringify({ bench: 'lists', sops, letters: letterCount, rate, durationS: s.durationS, runs: s.runs, seeding, results })}\n`);
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`lists bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
