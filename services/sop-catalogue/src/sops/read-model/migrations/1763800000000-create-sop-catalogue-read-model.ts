import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the SOP catalogue read model (unqualified: the projection runner sets search_path). */
export class CreateSopCatalogueReadModel1763800000000 implements MigrationInterface {
  name = 'CreateSopCatalogueReadModel1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sop_list (
        sop_id uuid PRIMARY KEY,
        tenant text NOT NULL,
        unit text NOT NULL,
        nomor text,
        nama text NOT NULL,
        origin text NOT NULL,
        latest_version int NOT NULL,
        latest_stage text NOT NULL,
        effective_version int,
        effective_from date,
        retired_from date,
        stream_revision int NOT NULL,
        drafted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sop_list_tenant_idx ON sop_list (tenant, unit)`);
    await q.query(`CREATE INDEX sop_list_nomor_idx ON sop_list (lower(nomor))`);
    await q.query(`
      CREATE TABLE sop_versions (
        sop_id uuid NOT NULL REFERENCES sop_list (sop_id),
        version int NOT NULL,
        stage text NOT NULL,
        nomor text,
        nama text NOT NULL,
        content jsonb NOT NULL,
        approved_by jsonb,
        effective_from date,
        effective_until date,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (sop_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sop_versions`);
    await q.query(`DROP TABLE sop_list`);
  }
}
