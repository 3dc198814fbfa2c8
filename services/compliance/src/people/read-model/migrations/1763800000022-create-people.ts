import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The user directory of each dinas, projected from the claims users' tokens carried (PersonClaimsObserved). */
export class CreatePeople1763800000022 implements MigrationInterface {
  name = 'CreatePeople1763800000022';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE people (
        tenant text NOT NULL,
        user_id text NOT NULL,
        name text NOT NULL,
        nip text NOT NULL,
        jabatan text NOT NULL,
        roles text[] NOT NULL,
        claims_since timestamptz NOT NULL,
        PRIMARY KEY (tenant, user_id)
      )`);
    await q.query(`CREATE INDEX people_by_name ON people (tenant, lower(name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE people`);
  }
}
