import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The loan products table of the dana-bergulir read model (unqualified: the projection runner sets search_path). */
export class CreateLoanProducts1770000000000 implements MigrationInterface {
  name = 'CreateLoanProducts1770000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE loan_product (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        defined_at timestamptz NOT NULL,
        versions jsonb NOT NULL,
        stream_revision int NOT NULL
      )`);
    await q.query(`CREATE INDEX loan_product_tenant_idx ON loan_product (tenant)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE loan_product`);
  }
}
