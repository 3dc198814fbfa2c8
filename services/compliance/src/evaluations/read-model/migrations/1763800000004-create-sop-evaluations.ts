import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The evaluators' latest answers per dinas, SOP version and period. */
export class CreateSopEvaluations1763800000004 implements MigrationInterface {
  name = 'CreateSopEvaluations1763800000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sop_evaluations (
        tenant text NOT NULL,
        sop_id text NOT NULL,
        version int NOT NULL,
        dari date NOT NULL,
        sampai date NOT NULL,
        answers jsonb NOT NULL,
        answered_by jsonb NOT NULL,
        answered_at timestamptz NOT NULL,
        PRIMARY KEY (tenant, sop_id, version, dari, sampai)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sop_evaluations`);
  }
}
