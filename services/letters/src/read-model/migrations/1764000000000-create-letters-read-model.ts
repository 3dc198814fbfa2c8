import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The letters read model (unqualified names: the projection runner sets search_path). One row per
 * letter: the letter's domain state as JSON (what the queries hand to the domain's access policy and
 * queue builder), plus the columns queries filter on. `reader_ids` are the people who may read a
 * rahasia letter; `search_text` is searched only on rows the user may read.
 */
export class CreateLettersReadModel1764000000000 implements MigrationInterface {
  name = 'CreateLettersReadModel1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE letters (
        letter_id uuid PRIMARY KEY,
        tenant text NOT NULL,
        kind text NOT NULL,
        jenis text NOT NULL,
        sifat text NOT NULL,
        status text NOT NULL,
        stage text NOT NULL,
        number_sequence text,
        number_year int,
        number_n int,
        agenda_year int,
        tanggal date,
        search_text text NOT NULL DEFAULT '',
        reader_ids text[] NOT NULL DEFAULT '{}',
        queue_user_ids text[] NOT NULL DEFAULT '{}',
        awaiting_dispatch boolean NOT NULL DEFAULT false,
        case_id text,
        state jsonb NOT NULL,
        stream_revision int NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX letters_tenant_idx ON letters (tenant, kind, agenda_year)`);
    await q.query(`CREATE INDEX letters_number_idx ON letters (tenant, number_sequence, number_year, number_n)`);
    await q.query(`CREATE INDEX letters_queue_idx ON letters USING gin (queue_user_ids)`);
    await q.query(`CREATE INDEX letters_case_idx ON letters (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE letters`);
  }
}
