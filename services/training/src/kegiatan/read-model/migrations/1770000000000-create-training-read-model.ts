import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the training read model (unqualified: the projection runner sets search_path). */
export class CreateTrainingReadModel1770000000000 implements MigrationInterface {
  name = 'CreateTrainingReadModel1770000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kegiatan_list (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        title text NOT NULL,
        stage text NOT NULL,
        created_at timestamptz NOT NULL,
        closed_at timestamptz,
        close_reason text,
        stream_revision int NOT NULL
      )`);
    await q.query(`CREATE INDEX kegiatan_list_tenant_idx ON kegiatan_list (tenant)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kegiatan_list`);
  }
}
