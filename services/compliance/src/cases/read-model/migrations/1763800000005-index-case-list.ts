import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for `GET /cases`: every page is read in (started_at DESC, case_id DESC) after a cursor
 * (`(started_at, case_id) < (…)`), within the dinas the user reads, filtered by SOP, status, unit or reference. Each
 * index ends in (started_at, case_id), scanned backwards, so the cursor bounds the scan and a page costs the same
 * wherever it is in the list, whatever the size of the table; `cases_list_order_idx` serves a province's viewer
 * (its own dinas or any of its regencies), read in order and filtered.
 */
export class IndexCaseList1763800000005 implements MigrationInterface {
  name = 'IndexCaseList1763800000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_list_order_idx ON cases (started_at, case_id)`);
    await q.query(`CREATE INDEX cases_list_tenant_idx ON cases (tenant, started_at, case_id)`);
    await q.query(`CREATE INDEX cases_list_sop_idx ON cases (sop_id, started_at, case_id)`);
    await q.query(`CREATE INDEX cases_list_status_idx ON cases (tenant, status, started_at, case_id)`);
    await q.query(`CREATE INDEX cases_list_unit_idx ON cases (tenant, lower(unit), started_at, case_id)`);
    await q.query(`CREATE INDEX cases_list_reference_idx ON cases (tenant, lower(reference))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['cases_list_reference_idx', 'cases_list_unit_idx', 'cases_list_status_idx', 'cases_list_sop_idx', 'cases_list_tenant_idx', 'cases_list_order_idx']) {
      await q.query(`DROP INDEX ${index}`);
    }
  }
}
