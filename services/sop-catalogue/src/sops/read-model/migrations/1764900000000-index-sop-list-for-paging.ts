import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes `sop_list` for `GET /sops`: keyset paging in (tenant, drafted_at, sop_id) order, alone or
 * with the unit or stage filters, and the text search `q` (ILIKE on nama, nomor, unit) with pg_trgm
 * GIN indexes. pg_trgm is a trusted extension (PostgreSQL ≥ 13) installed in `public`, so a rebuild
 * that drops the read schema never drops it; where it cannot be installed, `q` falls back to a btree
 * on lower(nama) (prefix searches) and still answers correctly.
 */
export class IndexSopListForPaging1764900000000 implements MigrationInterface {
  name = 'IndexSopListForPaging1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX sop_list_page_idx ON sop_list (tenant, drafted_at, sop_id)`);
    await q.query(`CREATE INDEX sop_list_unit_page_idx ON sop_list (tenant, unit, drafted_at, sop_id)`);
    await q.query(`CREATE INDEX sop_list_stage_page_idx ON sop_list (tenant, latest_stage, drafted_at, sop_id)`);
    await q.query(`DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
      EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm not available: %', SQLERRM;
      END $$`);
    const rows: { schema: string }[] = await q.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
    );
    if (rows.length > 0) {
      const ops = `"${rows[0].schema.replace(/"/g, '""')}".gin_trgm_ops`;
      for (const column of ['nama', 'nomor', 'unit']) await q.query(`CREATE INDEX sop_list_${column}_trgm_idx ON sop_list USING gin (${column} ${ops})`);
    } else {
      await q.query(`CREATE INDEX sop_list_nama_lower_idx ON sop_list (lower(nama))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['sop_list_page_idx', 'sop_list_unit_page_idx', 'sop_list_stage_page_idx', 'sop_list_nama_trgm_idx', 'sop_list_nomor_trgm_idx', 'sop_list_unit_trgm_idx', 'sop_list_nama_lower_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
