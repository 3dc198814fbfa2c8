import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The SOPs compliance knows from the catalogue's integration events, with the content of effective versions. */
export class CreateSopRegistry1763800000001 implements MigrationInterface {
  name = 'CreateSopRegistry1763800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sop_registry (
        sop_id text PRIMARY KEY,
        tenant text NOT NULL,
        unit text NOT NULL,
        nomor text,
        nama text NOT NULL,
        status text NOT NULL,
        latest_version int NOT NULL,
        effective_version int,
        effective_from date,
        retired_from date,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sop_registry_tenant_idx ON sop_registry (tenant)`);
    await q.query(`
      CREATE TABLE sop_registry_versions (
        sop_id text NOT NULL,
        version int NOT NULL,
        effective_from date NOT NULL,
        content jsonb NOT NULL,
        PRIMARY KEY (sop_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sop_registry_versions`);
    await q.query(`DROP TABLE sop_registry`);
  }
}
