/**
 * Issue 12, "reads that show your write": a write answers with its stream revision (strong ETag) and the global
 * position of its last event (X-Jejak-Position, and `position` in the body); a read with X-Jejak-Min-Position shows
 * that write or, when the read model is held back, answers 425 with Retry-After instead of stale data. GET /cases/{id}
 * and the calendars carry the strong stream revision as ETag, and If-None-Match with it is a 304.
 */
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { kenaikanPangkatSop } from './support/pacitan-kenaikan-pangkat.fixture';
import { wib } from './support/plut-timeline';
import { ComplianceWorkers } from '../src/workers/compliance.workers';

const SOP_ID = '9c4e1d2a-3501-4b7f-8a27-0000000000d1';
const POSITION = /^\d+\.\d+$/;

describe('reads that show your write (e2e)', () => {
  let t: ComplianceTestApp;

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_ryw', wib('2025-07-07T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a write answers with the revision (ETag) and the position (header and body); the next read at that position shows it', async () => {
    const as = await t.as('staf-35.01');
    const created = await t.http().post('/cases').set(as).send({ sopId: SOP_ID, reference: 'KP/RYW/1' }).expect(201);
    const position = created.headers['x-jejak-position'];
    expect(position).toMatch(POSITION);
    expect(created.headers.etag).toBe('"0"');
    expect(created.body).toMatchObject({ revision: 0, position });
    const caseId: string = created.body.caseId;

    const one = await t.http().get(`/cases/${caseId}`).set(as).set('X-Jejak-Min-Position', position).expect(200);
    expect([one.body.caseId, one.body.status, one.headers.etag]).toEqual([caseId, 'open', '"0"']);
    const list = await t.http().get('/cases').query({ sopId: SOP_ID }).set(as).set('X-Jejak-Min-Position', position).expect(200);
    expect(list.body.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
  });

  it('GET /cases/{id}: the strong stream revision as ETag, 304 for If-None-Match with it, 200 and the new one after a write', async () => {
    const as = await t.as('staf-35.01');
    const created = await t.http().post('/cases').set(as).send({ sopId: SOP_ID, reference: 'KP/RYW/2' }).expect(201);
    const caseId: string = created.body.caseId;
    const read = await t.http().get(`/cases/${caseId}`).set(as).expect(200);
    expect(read.headers.etag).toBe('"0"');
    const notModified = await t.http().get(`/cases/${caseId}`).set(as).set('If-None-Match', '"0"').expect(304);
    expect([notModified.text, notModified.headers.etag]).toEqual(['', '"0"']);

    const cancelled = await t.http().post(`/cases/${caseId}/cancel`).set(as).set('If-Match', '"0"').send({ reason: 'Usulan ditarik' }).expect(200);
    expect(cancelled.headers.etag).toBe('"1"');
    const changed = await t.http().get(`/cases/${caseId}`).set(as).set('If-None-Match', '"0"').expect(200);
    expect([changed.headers.etag, changed.body.status]).toEqual(['"1"', 'cancelled']);
    // Another dinas's case stays a 404, whatever the headers.
    await t.http().get(`/cases/${caseId}`).set(await t.as('staf-61')).set('If-None-Match', '"1"').expect(404);
  });

  it('a read model held back answers 425 with Retry-After, never the old state; once it catches up the read shows the write', async () => {
    const as = await t.as('staf-35.01');
    const created = await t.http().post('/cases').set(as).send({ sopId: SOP_ID, reference: 'KP/RYW/3' }).expect(201);
    const caseId: string = created.body.caseId;
    await t.http().get(`/cases/${caseId}`).set(as).set('X-Jejak-Min-Position', created.headers['x-jejak-position']).expect(200);

    const workers = t.app.get(ComplianceWorkers);
    await workers.projection.stop();
    try {
      const cancelled = await t.http().post(`/cases/${caseId}/cancel`).set(as).send({ reason: 'Usulan ditarik' }).expect(200);
      const position = cancelled.headers['x-jejak-position'];
      expect(position).toMatch(POSITION);
      expect(cancelled.body).toMatchObject({ revision: 1, position });

      for (const path of [`/cases/${caseId}`, '/cases']) {
        const behind = await t.http().get(path).set(as).set('X-Jejak-Min-Position', position).expect(425);
        expect([behind.body.code, behind.headers['retry-after'], behind.headers['content-type']]).toEqual(['READ_MODEL_BEHIND', '1', expect.stringContaining('application/problem+json')]);
        expect(behind.body.detail).toContain(`posisi ${position}`);
      }
      // Without the header GET /cases/{id} still never pairs an old body with the stream's newest revision.
      expect((await t.http().get(`/cases/${caseId}`).set(as).expect(425)).body.code).toBe('READ_MODEL_BEHIND');
      // An earlier position is already projected: that read is answered.
      await t.http().get('/cases').set(as).set('X-Jejak-Min-Position', created.headers['x-jejak-position']).expect(200);
    } finally {
      await workers.projection.start();
    }
    const position = (await t.http().get(`/cases/${caseId}`).set(as).expect(200)).headers.etag;
    expect(position).toBe('"1"');
  });

  it('refuses a malformed X-Jejak-Min-Position with a 400 naming the header', async () => {
    const res = await t.http().get('/cases').set(await t.as('staf-35.01')).set('X-Jejak-Min-Position', 'latest').expect(400);
    expect([res.body.code, res.body.errors.map((e: { field: string }) => e.field)]).toEqual(['INVALID_MIN_POSITION', ['X-Jejak-Min-Position']]);
  });

  it('calendars: the strong revision as ETag and 304 for If-None-Match with it', async () => {
    const admin = await t.as('sekretaris-35.01');
    const current = await t.http().get('/calendars/35.01').set(admin).expect(200);
    expect(current.headers.etag).toBeUndefined(); // the default calendar has no stream yet: no revision, no body-hash ETag
    const year = { source: 'Keputusan Bupati Pacitan (hari jadi)', holidays: [{ date: '2025-08-19', name: 'Libur daerah', kind: 'libur_nasional' }] };
    const set = await t.http().put('/calendars/35.01/holidays/2025').set(admin).send(year);
    expect([set.status, set.headers.etag, set.headers['x-jejak-position']]).toEqual([200, '"0"', expect.stringMatching(POSITION)]);
    expect(set.body).toMatchObject({ revision: 0, position: set.headers['x-jejak-position'] });
    await t.settle();
    expect((await t.http().get('/calendars/35.01').set(admin).expect(200)).headers.etag).toBe('"0"');
    await t.http().get('/calendars/35.01').set(admin).set('If-None-Match', '"0"').expect(304);
    await t.http().get('/calendars/35.01').set(admin).set('If-None-Match', 'W/"0"').expect(304);
  });
});

describe('reads that show your write: OpenAPI (e2e)', () => {
  let t: ComplianceTestApp;

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_ryw_docs', wib('2025-07-07T08:00'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('documents X-Jejak-Min-Position and the 425 on the reads, X-Jejak-Position on the writes', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    for (const read of [doc.paths['/cases'].get, doc.paths['/cases/{id}'].get]) {
      expect(read.parameters.map((p: { in: string; name: string }) => `${p.in}:${p.name}`)).toContain('header:X-Jejak-Min-Position');
      expect(read.responses['425'].content['application/problem+json'].examples.READ_MODEL_BEHIND.value.code).toBe('READ_MODEL_BEHIND');
    }
    expect(Object.keys(doc.paths['/cases'].post.responses['201'].headers)).toContain('X-Jejak-Position');
  });
});
