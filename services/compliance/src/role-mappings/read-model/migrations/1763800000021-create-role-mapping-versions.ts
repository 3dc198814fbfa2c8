import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The versions of each dinas's role mapping (a dinas without a row runs on the default mapping). */
export class CreateRoleMappingVersions1763800000021 implements MigrationInterface {
  name = 'CreateRoleMappingVersions1763800000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE role_mapping_versions (
        tenant text NOT NULL,
        effective_from date NOT NULL,
        rules jsonb NOT NULL,
        note text,
        defined_by text NOT NULL,
        defined_at timestamptz NOT NULL,
        PRIMARY KEY (tenant, effective_from)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE role_mapping_versions`);
  }
}
