'use strict';
/**
 * Load generators for the HTTP benchmarks, against 127.0.0.1 only.
 *
 * `openLoop`: a fixed arrival rate that does NOT wait for responses (open loop, like wrk2): request i
 * is due at start + i / rate and is sent then, whatever happened to the earlier ones. Its latency is
 * measured from the time it was DUE, so a server (or client) that falls behind shows up in the
 * percentiles instead of silently lowering the rate (coordinated omission). autocannon's own
 * `overallRate` is not used for this: it sends each connection's share of a second back to back and
 * then pauses until the next second (bursts, closed loop), and its coordinated-omission correction
 * takes the expected interval as `ceil(1 / rate)` milliseconds, i.e. 1 ms, adding made-up samples.
 *
 * `closedLoop`: autocannon with N connections, each sending its next request when the previous one
 * answered (N in flight), for a duration; counts status codes, timeouts and errors.
 */
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const autocannon = require('autocannon');

const assertLocal = (base) => {
  const { hostname } = new URL(base);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error(`benchmarks send traffic to 127.0.0.1 only (got ${base})`);
};

/**
 * @param {object} o
 * @param {string} o.base           e.g. http://127.0.0.1:3103
 * @param {number} o.rate           requests per second
 * @param {number} o.durationS      seconds of arrivals (the count is rate × duration)
 * @param {(i: number) => {method?: string, path: string, headers?: object, body?: unknown}} o.request
 * @param {number} [o.timeoutMs]    per request, from its send (default 10 s): counted as a timeout
 * @param {number} [o.maxSockets]   keep-alive connections the client may open (default 256)
 * @param {(status: number, body: string, i: number) => void} [o.onResponse]
 */
async function openLoop(o) {
  assertLocal(o.base);
  const { hostname, port } = new URL(o.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 256 });
  const total = Math.max(1, Math.round(o.rate * o.durationS));
  const interval = 1000 / o.rate;
  const timeoutMs = o.timeoutMs ?? 10_000;
  const latencies = [];
  const serviceTimes = [];
  const statuses = {};
  let timeouts = 0;
  let errors = 0;
  let done = 0;
  let sent = 0;
  let maxInFlight = 0;
  let lateSends = 0;
  const start = performance.now() + 20;
  let finished;
  const allDone = new Promise((resolveAll) => (finished = resolveAll));
  const complete = () => {
    done += 1;
    if (done === total) finished();
  };

  const fire = (i) => {
    const due = start + i * interval;
    const spec = o.request(i);
    const body = spec.body === undefined ? undefined : Buffer.from(typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body));
    const headers = { ...(spec.headers ?? {}) };
    if (body) {
      headers['content-type'] = headers['content-type'] ?? 'application/json';
      headers['content-length'] = body.length;
    }
    const sentAt = performance.now();
    if (sentAt - due > 5) lateSends += 1;
    sent += 1;
    maxInFlight = Math.max(maxInFlight, sent - done);
    let settled = false;
    const settle = (kind, status, text) => {
      if (settled) return;
      settled = true;
      const end = performance.now();
      if (kind === 'response') {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status >= 200 && status < 300) {
          latencies.push(end - due);
          serviceTimes.push(end - sentAt);
        }
        o.onResponse?.(status, text, i);
      } else if (kind === 'timeout') timeouts += 1;
      else errors += 1;
      complete();
    };
    const req = http.request({ agent, hostname, port, method: spec.method ?? 'GET', path: spec.path, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => settle('response', res.statusCode, o.onResponse ? Buffer.concat(chunks).toString() : ''));
      res.on('error', () => settle('error'));
    });
    // The deadline runs from the send, also while the request waits for a free connection.
    const timer = setTimeout(() => {
      settle('timeout');
      req.destroy();
    }, timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', () => settle('error'));
    req.end(body);
  };

  let next = 0;
  const pump = () => {
    const now = performance.now();
    while (next < total && start + next * interval <= now) fire(next++);
    if (next < total) setTimeout(pump, Math.max(0, Math.min(interval, start + next * interval - performance.now()) - 0.5));
  };
  setTimeout(pump, 20);
  await allDone;
  const elapsedS = (performance.now() - start) / 1000;
  agent.destroy();
  return summarise({ latencies, serviceTimes, statuses, timeouts, errors, total, elapsedS, maxInFlight, lateSends, rate: o.rate });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

function summarise(r) {
  const lat = [...r.latencies].sort((a, b) => a - b);
  const svc = [...r.serviceTimes].sort((a, b) => a - b);
  const ok = lat.length;
  return {
    requests: r.total,
    ok,
    statuses: r.statuses,
    non2xx: Object.entries(r.statuses).filter(([s]) => Number(s) < 200 || Number(s) >= 300).reduce((n, [, c]) => n + c, 0),
    timeouts: r.timeouts,
    errors: r.errors,
    offeredRate: r.rate,
    achievedRate: ok / r.elapsedS,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    max: lat[lat.length - 1] ?? NaN,
    serviceP99: percentile(svc, 99),
    maxInFlight: r.maxInFlight,
    lateSends: r.lateSends,
  };
}

/**
 * N requests in flight for `durationS` (autocannon, `connections: N`, no rate limit).
 * `request(i)` gives each request (a fresh body per request).
 */
async function closedLoop({ base, connections, durationS, request, timeoutS = 10 }) {
  assertLocal(base);
  let i = 0;
  const first = request(0);
  const result = await autocannon({
    url: base,
    connections,
    duration: durationS,
    timeout: timeoutS,
    requests: [
      {
        method: first.method ?? 'GET',
        path: first.path,
        headers: { 'content-type': 'application/json', ...(first.headers ?? {}) },
        setupRequest: (req) => {
          const spec = request(i++);
          return { ...req, method: spec.method ?? 'GET', path: spec.path, headers: { 'content-type': 'application/json', ...(spec.headers ?? {}) }, body: spec.body === undefined ? undefined : JSON.stringify(spec.body) };
        },
      },
    ],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  const ok = Object.entries(statuses).filter(([s]) => Number(s) >= 200 && Number(s) < 300).reduce((n, [, c]) => n + c, 0);
  return {
    requests: Object.values(statuses).reduce((a, b) => a + b, 0) + result.timeouts,
    ok,
    statuses,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    errors: result.errors,
    achievedRate: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

module.exports = { openLoop, closedLoop, percentile };
