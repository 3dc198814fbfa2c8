import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The loans table of the dana-bergulir read model; `personal` (NIK, name, address) apart, erasable. */
export class CreateLoans1770000000002 implements MigrationInterface {
  name = 'CreateLoans1770000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE loan (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        stage text NOT NULL,
        product_id uuid NOT NULL,
        product_version int NOT NULL,
        applicant_kind text NOT NULL,
        applicant_number text NOT NULL,
        applicant_name text NOT NULL,
        personal jsonb,
        amount bigint NOT NULL,
        purpose text NOT NULL,
        collateral text NOT NULL,
        received_on date NOT NULL,
        returns int NOT NULL,
        missing jsonb NOT NULL,
        recommendation text,
        recommended_amount bigint,
        sk_number text,
        sk_date date,
        approved_amount bigint,
        disbursed_on date,
        bank_reference text,
        schedule jsonb,
        principal_paid bigint NOT NULL DEFAULT 0,
        interest_paid bigint NOT NULL DEFAULT 0,
        repayments int NOT NULL DEFAULT 0,
        settled_on date,
        stream_revision int NOT NULL
      )`);
    await q.query(`CREATE INDEX loan_tenant_idx ON loan (tenant)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE loan`);
  }
}
