import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the dana-bergulir read model (unqualified: the projection runner sets search_path). */
export class CreateDanaBergulirReadModel1770000000000 implements MigrationInterface {
  name = 'CreateDanaBergulirReadModel1770000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE loan_list (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        title text NOT NULL,
        stage text NOT NULL,
        created_at timestamptz NOT NULL,
        closed_at timestamptz,
        close_reason text,
        stream_revision int NOT NULL
      )`);
    await q.query(`CREATE INDEX loan_list_tenant_idx ON loan_list (tenant)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE loan_list`);
  }
}
