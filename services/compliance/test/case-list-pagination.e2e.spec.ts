/**
 * `GET /cases` one page at a time: a keyset cursor (`X-Next-Cursor`, `Link: <…>; rel="next"`), `limit` ≤ 200, and a
 * walk that stays exact while cases are started, advanced and cancelled between its pages.
 */
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { kenaikanPangkatSop } from './support/pacitan-kenaikan-pangkat.fixture';
import { wib } from './support/plut-timeline';

const SOP_ID = '9c4e1d2a-3501-4b7f-8a27-0000000000b1';
const OTHER_SOP = '9c4e1d2a-3501-4b7f-8a27-0000000000b2';

describe('GET /cases, paginated with a stable cursor (e2e)', () => {
  let t: ComplianceTestApp;
  const initial: string[] = [];

  const start = async (sopId: string, reference: string) =>
    (await t.http().post('/cases').set(await t.as('staf-35.01')).send({ sopId, reference }).expect(201)).body.caseId as string;

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_case_pages', wib('2025-07-07T08:00'));
    for (const sopId of [SOP_ID, OTHER_SOP]) {
      await t.publishEffectiveSop({ sopId, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    }
    await t.settle();
    // 23 cases; groups of three start at the same instant, so the order also rests on the case id.
    for (let i = 0; i < 23; i += 1) {
      t.clock.set(wib(`2025-07-07T${String(8 + Math.floor(i / 3)).padStart(2, '0')}:00`));
      initial.push(await start(i % 4 === 0 ? OTHER_SOP : SOP_ID, `KP/2025/${String(i + 1).padStart(3, '0')}`));
    }
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('walks every page exactly once while cases are written between the pages: no duplicate, no gap', async () => {
    const as = await t.as('kasi-35.01');
    const seen: string[] = [];
    let path: string | null = '/cases?limit=5';
    let pages = 0;
    const written: string[] = [];
    const cancelled = new Set<string>();
    const advanced = new Set<string>();
    while (path !== null) {
      const res = await t.http().get(path).set(as).expect(200);
      pages += 1;
      expect(res.body.length).toBeLessThanOrEqual(5);
      seen.push(...res.body.map((c: { caseId: string }) => c.caseId));
      const link = res.headers.link as string | undefined;
      const next = res.headers['x-next-cursor'] as string | undefined;
      if (next === undefined) {
        expect(link).toBeUndefined();
        path = null;
        continue;
      }
      expect(link).toBe(`</cases?limit=5&cursor=${next}>; rel="next"`);
      path = /^<([^>]+)>; rel="next"$/.exec(link ?? '')![1];

      // Writes between pages: a new case (later), a step started and a case cancelled among those already listed
      // and among those still to come.
      t.clock.set(wib(`2025-07-08T${String(8 + pages).padStart(2, '0')}:00`));
      written.push(await start(SOP_ID, `KP/2025/B${pages}`));
      const listed = seen.find((id) => !advanced.has(id) && !cancelled.has(id))!;
      advanced.add(listed);
      await t.http().post(`/cases/${listed}/steps/1.1/start`).set(await t.as('staf-35.01')).expect(200);
      const upcoming = initial.find((id) => !seen.includes(id) && !cancelled.has(id));
      if (upcoming !== undefined) {
        cancelled.add(upcoming);
        await t.http().post(`/cases/${upcoming}/cancel`).set(await t.as('kasi-35.01')).send({ reason: 'Uji halaman' }).expect(200);
      }
      await t.settle();
    }
    expect([pages, cancelled.size, advanced.size]).toEqual([5, 3, 4]);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...initial].sort());
    // Newest first, as a single unpaginated read of the same cases would list them (ties by case id, descending).
    const all = await t.http().get('/cases').query({ limit: 200 }).set(as).expect(200);
    expect(all.headers['x-next-cursor']).toBeUndefined();
    expect(all.body.map((c: { caseId: string }) => c.caseId).filter((id: string) => !written.includes(id))).toEqual(seen);
  });

  it('keeps the filters on every page and ends with the last page', async () => {
    const as = await t.as('kasi-35.01');
    const first = await t.http().get('/cases').query({ sopId: OTHER_SOP, limit: 4 }).set(as).expect(200);
    expect(first.body).toHaveLength(4);
    expect(first.headers.link).toMatch(new RegExp(`^</cases\\?sopId=${OTHER_SOP}&limit=4&cursor=[A-Za-z0-9_-]+>; rel="next"$`));
    const second = await t.http().get('/cases').query({ sopId: OTHER_SOP, limit: 4, cursor: first.headers['x-next-cursor'] }).set(as).expect(200);
    expect(second.body.map((c: { sopId: string }) => c.sopId)).toEqual([OTHER_SOP, OTHER_SOP]);
    expect(second.headers['x-next-cursor']).toBeUndefined();
    const ids = [...first.body, ...second.body].map((c: { caseId: string }) => c.caseId);
    expect(ids.sort()).toEqual(initial.filter((_, i) => i % 4 === 0).sort());
  });

  it('reads a page through the list indexes of its migration, the cursor bounding the scan', async () => {
    const indexes = await t.db.pool.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'compliance_rm' AND tablename = 'cases' AND indexname LIKE 'cases_list_%' ORDER BY 1`);
    expect(indexes.rows.map((r: { indexname: string }) => r.indexname)).toEqual(['cases_list_order_idx', 'cases_list_reference_idx', 'cases_list_sop_idx', 'cases_list_status_idx', 'cases_list_tenant_idx', 'cases_list_unit_idx']);
    const client = await t.db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL search_path TO compliance_rm');
      // A busy read model (rolled back below): 12,000 cases of three dinas, so the planner has real statistics.
      await client.query(
        `INSERT INTO cases (case_id, tenant, sop_id, version, nama, unit, origin, status, started_at, started_date, rework_loops, deviation_count, late_executions, events)
         SELECT 'plan-' || n, (ARRAY['35', '35.01', '61'])[1 + n % 3], 'sop-' || (n % 40), 1, 'SOP', 'Sekretariat', 'live', 'open',
                timestamptz '2024-01-01' + n * interval '7 minutes', date '2024-01-01', 0, 0, 0, '[]'::jsonb
           FROM generate_series(1, 12000) AS n`,
      );
      await client.query('ANALYZE cases');
      const plan = await client.query(
        `EXPLAIN SELECT case_id FROM cases WHERE tenant = ANY($1::text[]) AND (started_at, case_id) < ($2::timestamptz, $3) ORDER BY started_at DESC, case_id DESC LIMIT 101`,
        [['35.01'], '2024-06-01T00:00:00.000000Z', 'x'],
      );
      // The cursor is an index condition (the scan starts at the page), not a filter over everything before it.
      const text = plan.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index (Only )?Scan Backward using cases_list_(tenant|order)_idx/);
      expect(text).toMatch(/Index Cond: .*ROW\(started_at, case_id\) < ROW/);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });
});
