import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the permitting read model (unqualified: the projection runner sets search_path). */
export class CreatePermittingReadModel1770000000000 implements MigrationInterface {
  name = 'CreatePermittingReadModel1770000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE permit_type_version (
        tenant text NOT NULL,
        code text NOT NULL,
        version int NOT NULL,
        effective_from date NOT NULL,
        name text NOT NULL,
        content jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        stream_revision int NOT NULL,
        PRIMARY KEY (tenant, code, version)
      )`);
    await q.query(`
      CREATE TABLE permit_application (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        permit_type text NOT NULL,
        permit_type_version int NOT NULL,
        applicant_kind text NOT NULL,
        organisation_name text,
        national_system text,
        national_reference text,
        stage text NOT NULL,
        documents jsonb NOT NULL DEFAULT '{}'::jsonb,
        deficiency_rounds int NOT NULL DEFAULT 0,
        inspected boolean NOT NULL DEFAULT false,
        outside_steps jsonb NOT NULL DEFAULT '[]'::jsonb,
        outcome text,
        permit_number text,
        issued_on date,
        valid_until date,
        registered_at timestamptz NOT NULL,
        verified_at timestamptz,
        closed_at timestamptz,
        stream_revision int NOT NULL
      )`);
    await q.query(`CREATE INDEX permit_application_register_idx ON permit_application (tenant, permit_type, registered_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE permit_application`);
    await q.query(`DROP TABLE permit_type_version`);
  }
}
