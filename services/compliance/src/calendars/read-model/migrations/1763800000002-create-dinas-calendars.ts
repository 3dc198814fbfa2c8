import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The working calendar each dinas set (dinas without a row run on the default calendar). */
export class CreateDinasCalendars1763800000002 implements MigrationInterface {
  name = 'CreateDinasCalendars1763800000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dinas_calendars (
        tenant text PRIMARY KEY,
        calendar jsonb NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dinas_calendars`);
  }
}
