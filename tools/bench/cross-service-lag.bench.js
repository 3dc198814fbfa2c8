'use strict';
/**
 * `npm run bench -- cross-service-lag`: the time from an SOP version made effective in sop-catalogue
 * (the 200 of `POST /sops/{id}/versions/{v}/make-effective`) to its arrival in compliance's registry
 * (`GET /sop-registry` shows that version as the effective one), over BENCH_CHANGES changes (50;
 * quick 10): one SOP of Dinkop Jawa Timur (35) revised, approved and made effective again and again,
 * one change at a time, compliance polled every BENCH_POLL_MS (5) ms. Real processes of both services
 * on an embedded PostgreSQL: on the PostgreSQL transport, and on Kafka too when KAFKA_BROKERS is set.
 * Median of BENCH_RUNS runs (3; quick 1) of p50/p99.
 */
const { startPlatform, sleep } = require('./lib/platform');
const { call, pageOf } = require('./lib/api');
const { sopContent } = require('./lib/fixtures');
const { settings, printHeader, medianOf, ms, table, log } = require('./lib/report');
const { percentile } = require('./lib/load');
const { performance } = require('node:perf_hooks');

const isoDay = (base, days) => new Date(Date.parse(base) + days * 86_400_000).toISOString().slice(0, 10);

async function measure(transport, s, changes, pollMs) {
  const platform = await startPlatform({ services: ['sop-catalogue', 'compliance'], log, transport });
  try {
    const sop = platform.urls['sop-catalogue'];
    const compliance = platform.urls.compliance;
    const users = await platform.users();
    const kadis = users.find((u) => u.username === 'kadis-35');
    const pengesah = { name: kadis.name, nip: kadis.nip };
    const [kabid, kadisToken, kasi] = await Promise.all(['kabid-35', 'kadis-35', 'kasi-35'].map(platform.token));

    const registryVersion = async (sopId) => {
      const entries = pageOf((await call(compliance, kasi, 'GET', '/sop-registry')).body).items;
      const entry = entries.find((e) => e.sopId === sopId);
      return entry?.status === 'effective' ? entry.effectiveVersion : undefined;
    };

    const runs = [];
    for (let r = 0; r < s.runs; r += 1) {
      const created = await call(sop, kabid, 'POST', '/sops', { unit: 'Bidang Bench', content: sopContent(r, pengesah) }, { expect: [201] });
      const sopId = created.body.sopId;
      const lags = [];
      for (let v = 1; v <= changes; v += 1) {
        if (v > 1) {
          await call(sop, kabid, 'POST', `/sops/${sopId}/revisions`, undefined);
          const content = sopContent(r, pengesah);
          content.identity.tanggalRevisi = isoDay('2025-01-06', v);
          content.procedures[0].steps[0].keterangan = `Revisi ${v}`;
          await call(sop, kabid, 'PUT', `/sops/${sopId}/versions/${v}/content`, { content });
        }
        await call(sop, kabid, 'POST', `/sops/${sopId}/versions/${v}/submit`, undefined);
        await call(sop, kadisToken, 'POST', `/sops/${sopId}/versions/${v}/approve`, undefined);
        await call(sop, kadisToken, 'POST', `/sops/${sopId}/versions/${v}/make-effective`, { effectiveFrom: isoDay('2025-01-06', v) });
        const acknowledged = performance.now();
        const deadline = acknowledged + 30_000;
        for (;;) {
          if ((await registryVersion(sopId)) === v) break;
          if (performance.now() > deadline) throw new Error(`version ${v} of ${sopId} did not reach compliance within 30 s`);
          await sleep(pollMs);
        }
        lags.push(performance.now() - acknowledged);
      }
      const sorted = [...lags].sort((a, b) => a - b);
      const result = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1], changes: lags.length };
      log(`${transport} run ${r + 1}: ${changes} changes, p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms, max ${ms(result.max)} ms`);
      runs.push(result);
    }
    return { transport, ...medianOf(runs, ['p50', 'p99', 'max']), changes };
  } finally {
    await platform.stop();
  }
}

async function main() {
  const s = settings();
  const changes = Number(process.env.BENCH_CHANGES ?? (s.quick ? 10 : 50));
  const pollMs = Number(process.env.BENCH_POLL_MS ?? 5);
  const transports = ['postgres', ...(process.env.KAFKA_BROKERS ? ['kafka'] : [])];
  printHeader('cross-service lag: SOP made effective in sop-catalogue → compliance registry', { changes: `${changes} per run, polled every ${pollMs} ms`, transports: transports.join(', '), runs: s.runs });
  const results = [];
  for (const transport of transports) results.push(await measure(transport, s, changes, pollMs));
  if (!process.env.KAFKA_BROKERS) log('KAFKA_BROKERS is not set: the Kafka transport is not measured');
  process.stdout.write(`\n${table(['transport', 'changes', 'p50 ms', 'p99 ms', 'max ms'], results.map((r) => [r.transport, r.changes, ms(r.p50), ms(r.p99), ms(r.max)]))}\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'cross-service-lag', runs: s.runs, pollMs, results })}\n`);
}

main().catch((error) => {
  process.stderr.write(`cross-service-lag bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
