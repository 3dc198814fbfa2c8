'use strict';
/** Small HTTP helpers for setting benchmarks up through the public API (127.0.0.1 only). */
const { randomUUID } = require('node:crypto');
const { Pool } = require('pg');
const { PostgresEventStore } = require('@jejak/event-store');
const { sleep } = require('./platform');

/** Calls the API; throws unless the status is one of `expect`. Returns { status, body, headers }. */
async function call(base, token, method, path, body, { expect = [200, 201], headers = {} } = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  if (!expect.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 600)}`);
  return { status: res.status, body: parsed, headers: res.headers };
}

/** The items of a list answer, whatever its page shape (an array, `{ items }`, `{ data }`), and its `next` cursor. */
function pageOf(body) {
  if (Array.isArray(body)) return { items: body, next: undefined, total: undefined };
  const items = body?.items ?? body?.data ?? [];
  const next = body?.next ?? body?.page?.next ?? body?.nextCursor ?? undefined;
  return { items, next: next ?? undefined, total: body?.total };
}

/** Runs `work(i)` for i in [0, count) with `concurrency` at a time. */
async function inParallel(count, concurrency, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** Values of a Prometheus gauge by its `worker` label, from a service's `/metrics`. */
async function workerGauge(base, name) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const values = {};
  for (const line of text.split('\n')) {
    const m = new RegExp(`^${name}\\{[^}]*worker="([^"]+)"[^}]*\\}\\s+(\\S+)`).exec(line);
    if (m) values[m[1]] = Number(m[2]);
  }
  return values;
}

/** Waits until every projection worker of a service has no event after its checkpoint (its `/metrics`). */
async function projectionsCaughtUp(base, timeoutMs, isProjection = (worker) => !/outbox|relay|consumer/i.test(worker)) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lag = await workerGauge(base, 'jejak_worker_lag_events');
    const behind = Object.entries(lag).filter(([w, v]) => isProjection(w) && v > 0);
    if (Object.keys(lag).length > 0 && behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`projections of ${base} still behind after ${timeoutMs} ms: ${JSON.stringify(lag)}`);
    await sleep(100);
  }
}

/**
 * Seeds a service's event store with `count` copies of one aggregate's stream, made through the API
 * beforehand (`templateId`: the aggregate id in the stream name and its data), with the batch append
 * of the event store's unit of work: `perUnit` new streams per transaction, `writers` at a time. Each
 * copy gets a new aggregate id, new event ids, and `marker` in its data replaced by `vary(i)`.
 * Returns the number of events written.
 */
async function cloneStreams({ databaseUrl, schema, templateStream, templateId, count, marker, vary, perUnit = 500, writers = 2 }) {
  const pool = new Pool({ connectionString: databaseUrl, max: writers + 1 });
  pool.on('error', () => undefined);
  try {
    const store = await PostgresEventStore.create(pool, { schema });
    const template = await store.readStream(templateStream);
    if (template.length === 0) throw new Error(`template stream ${templateStream} is empty`);
    const units = Math.ceil(count / perUnit);
    let events = 0;
    await inParallel(units, writers, async (u) => {
      const from = u * perUnit;
      const to = Math.min(count, from + perUnit);
      await store.unitOfWork(async (uow) => {
        for (let i = from; i < to; i += 1) {
          const id = randomUUID();
          const copy = template.map((e) => {
            let json = JSON.stringify(e.data);
            if (marker) json = json.split(marker).join(vary(i));
            json = json.split(templateId).join(id);
            return {
              id: randomUUID(),
              type: e.type,
              schemaVersion: e.schemaVersion,
              data: JSON.parse(json),
              metadata: { tenant: e.tenant, actor: e.actor, correlationId: randomUUID(), causationId: null },
            };
          });
          await uow.append(templateStream.split(templateId).join(id), copy, { expectedRevision: 'no_stream' });
          events += copy.length;
        }
      });
    });
    return events;
  } finally {
    await pool.end();
  }
}

/** The stream of an event store schema whose name holds `id` (an aggregate made through the API). */
async function streamHolding(databaseUrl, schema, id) {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => undefined);
  try {
    const { rows } = await pool.query(`SELECT DISTINCT stream_id FROM "${schema}".events WHERE stream_id LIKE '%' || $1`, [id]);
    if (rows.length !== 1) throw new Error(`expected one stream ending in ${id} in ${schema}, found ${rows.length}`);
    return rows[0].stream_id;
  } finally {
    await pool.end();
  }
}

/** Waits until every worker (projections, outbox relays, consumers) of each service has nothing left to process. */
async function settled(bases, timeoutMs = 300_000) {
  for (const base of bases) await projectionsCaughtUp(base, timeoutMs, () => true);
}

module.exports = { call, pageOf, inParallel, workerGauge, projectionsCaughtUp, settled, streamHolding, cloneStreams };
