import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The programmes table of the dana-bergulir read model (unqualified: the projection runner sets search_path). */
export class CreateProgrammes1770000000001 implements MigrationInterface {
  name = 'CreateProgrammes1770000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        defined_at timestamptz NOT NULL,
        versions jsonb NOT NULL,
        stream_revision int NOT NULL
      )`);
    await q.query(`CREATE INDEX programme_tenant_idx ON programme (tenant)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE programme`);
  }
}
