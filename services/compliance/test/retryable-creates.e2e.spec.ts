/**
 * Issue 11 for compliance: every create that makes its own id on the server can be retried. `POST /cases` takes a
 * client-chosen `caseId` or an `Idempotency-Key`; `POST /cases/history` an `Idempotency-Key`. A retry returns the first
 * result and writes nothing; another request with the same id or key is refused. And the cross-service lag metric.
 */
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { kenaikanPangkatSop } from './support/pacitan-kenaikan-pangkat.fixture';
import { wib } from './support/plut-timeline';

const SOP_ID = '9c4e1d2a-3501-4b7f-8a27-0000000000c7';
const HISTORY =
  'case reference,sop number,step number,role,actor,started at,completed at,decision,note\n' +
  'KP/2025/501,27/SOP/DIKUPERIND/2023,1,Staf,Budi,2025-07-01 08:00,2025-07-01 09:00,,\n' +
  'KP/2025/502,27/SOP/DIKUPERIND/2023,1,Staf,Sari,2025-07-02 08:00,2025-07-02 10:00,,\n';

describe('creates that can be retried (e2e)', () => {
  let t: ComplianceTestApp;
  const eventCount = async () => Number((await t.db.pool.query(`SELECT count(*) AS n FROM compliance_es.events`)).rows[0].n);
  const streams = async (prefix: string) => Number((await t.db.pool.query(`SELECT count(DISTINCT stream_id) AS n FROM compliance_es.events WHERE stream_id LIKE $1`, [`${prefix}%`])).rows[0].n);

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_retries', wib('2025-07-07T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('POST /cases with an Idempotency-Key twice: one case, the first result both times', async () => {
    const as = await t.as('staf-35.01');
    const body = { sopId: SOP_ID, reference: 'KP/2025/100' };
    const first = await t.http().post('/cases').set(as).set('Idempotency-Key', 'kp-2025-100').send(body).expect(201);
    const cases = await streams('case-');
    const events = await eventCount();
    t.clock.set(wib('2025-07-07T08:05')); // the retry comes later: still the first result
    const retry = await t.http().post('/cases').set(as).set('Idempotency-Key', 'kp-2025-100').send(body).expect(201);
    expect(retry.body).toEqual(first.body);
    expect([retry.headers.location, retry.headers.etag]).toEqual([first.headers.location, first.headers.etag]);
    expect([await streams('case-'), await eventCount()]).toEqual([cases, events]);

    // The same key with another body, or by another user, is a 409; nothing written.
    const other = await t.http().post('/cases').set(as).set('Idempotency-Key', 'kp-2025-100').send({ ...body, reference: 'KP/2025/101' }).expect(409);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await t.http().post('/cases').set(await t.as('kasi-35.01')).set('Idempotency-Key', 'kp-2025-100').send(body).expect(409)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await eventCount()).toBe(events);
    // Without a key every POST is a new case.
    const a = await t.http().post('/cases').set(as).send(body).expect(201);
    const b = await t.http().post('/cases').set(as).send(body).expect(201);
    expect(new Set([first.body.caseId, a.body.caseId, b.body.caseId]).size).toBe(3);
    await t.http().post('/cases').set(as).set('Idempotency-Key', '').send(body).expect(400);
  });

  it('POST /cases with a client-chosen caseId twice: one case; the id reused by another request is a 409', async () => {
    const as = await t.as('staf-35.01');
    const caseId = '6a1f0c52-8e1b-4c3a-9d7e-2b4f6a8c0e11';
    const first = await t.http().post('/cases').set(as).send({ caseId, sopId: SOP_ID }).expect(201);
    expect(first.body).toMatchObject({ caseId, revision: 0, events: ['CaseStarted'] });
    const events = await eventCount();
    const retry = await t.http().post('/cases').set(as).send({ caseId: caseId.toUpperCase(), sopId: SOP_ID }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await eventCount()).toBe(events);
    // The case moved on since: a late retry still answers the first result.
    await t.http().post(`/cases/${caseId}/steps/1.1/start`).set(as).expect(200);
    expect((await t.http().post('/cases').set(as).send({ caseId, sopId: SOP_ID }).expect(201)).body).toEqual(first.body);
    expect((await t.http().post('/cases').set(as).send({ caseId, sopId: SOP_ID, reference: 'lain' }).expect(409)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    await t.settle();
    const listed = await t.http().get('/cases').query({ limit: 200 }).set(await t.as('kasi-35.01')).expect(200);
    expect(listed.body.filter((c: { caseId: string }) => c.caseId === caseId)).toHaveLength(1);
  });

  it('POST /cases/history with an Idempotency-Key twice: imported once, the first result both times', async () => {
    const as = await t.as('staf-35.01');
    const send = (key?: string) => {
      const req = t.http().post('/cases/history').set(as).set('Content-Type', 'text/csv');
      return (key ? req.set('Idempotency-Key', key) : req).send(HISTORY);
    };
    const first = await send('riwayat-juli').expect(201);
    expect(first.body).toMatchObject({ steps: 2, cases: [{ reference: 'KP/2025/501', steps: 1 }, { reference: 'KP/2025/502', steps: 1 }] });
    const events = await eventCount();
    const retry = await send('riwayat-juli').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await eventCount()).toBe(events);
    // Without the key, or with another key, the file's cases are refused as already recorded (nothing written).
    const again = await send().expect(400);
    expect(again.body.errors.map((e: { field: string }) => e.field)).toEqual(['baris 2', 'baris 3']);
    await send('kunci-lain').expect(400);
    expect(await eventCount()).toBe(events);
  });

  it('reports the cross-service lag of consumed events on /metrics, by source topic', async () => {
    const metric = async (): Promise<number> => {
      const text = (await t.http().get('/metrics').expect(200)).text;
      const line = text.split('\n').find((l) => l.startsWith('jejak_inbox_cross_service_lag_seconds_count{') && l.includes('topic="jejak.sop-catalogue.v1"'));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const before = await metric();
    expect(before).toBe(2); // the two facts of the SOP published in beforeAll
    const now = new Date().toISOString();
    await t.publishEffectiveSop({ sopId: '9c4e1d2a-3501-4b7f-8a27-0000000000c8', tenant: '35.01', unit: 'Sekretariat', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2024-01-01', time: now });
    await t.settle();
    expect(await metric()).toBe(before + 2);
    const text = (await t.http().get('/metrics').expect(200)).text;
    expect(text).toContain('# TYPE jejak_inbox_cross_service_lag_seconds histogram');
    expect(text).toMatch(/jejak_inbox_cross_service_lag_seconds_bucket\{le="\+Inf",[^}]*topic="jejak\.sop-catalogue\.v1"[^}]*\} 4/);
  });
});
