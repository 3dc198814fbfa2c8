import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the keyset-paged lists (issue 11): each a btree in the exact WHERE + ORDER BY of its
 * query, so a page is an index scan of `limit + 1` rows whatever the size of the table.
 * - `GET /letters`: newest first (`created_at DESC, letter_id`), within the dinas, unfiltered or by
 *   one of `jenis`, `status`, `sifat`, `year` (other filters are checked on the rows scanned).
 * - The agenda books: `(tenant, kind, agenda_year)` then number order; it replaces `letters_tenant_idx`
 *   (its prefix).
 * - `GET /queues/me`: the letters awaiting dispatch of a dinas (the person's own items use the GIN
 *   index on `queue_user_ids`).
 */
export class LettersListPaging1764100000000 implements MigrationInterface {
  name = 'LettersListPaging1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX letters_list_idx ON letters (tenant, created_at DESC, letter_id)`);
    await q.query(`CREATE INDEX letters_list_jenis_idx ON letters (tenant, jenis, created_at DESC, letter_id)`);
    await q.query(`CREATE INDEX letters_list_status_idx ON letters (tenant, status, created_at DESC, letter_id)`);
    await q.query(`CREATE INDEX letters_list_sifat_idx ON letters (tenant, sifat, created_at DESC, letter_id)`);
    await q.query(`CREATE INDEX letters_list_year_idx ON letters (tenant, agenda_year, created_at DESC, letter_id)`);
    await q.query(`CREATE INDEX letters_agenda_page_idx ON letters (tenant, kind, agenda_year, number_sequence, number_n, created_at, letter_id)`);
    await q.query(`DROP INDEX letters_tenant_idx`);
    await q.query(`CREATE INDEX letters_awaiting_dispatch_idx ON letters (tenant, created_at) WHERE awaiting_dispatch`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letters_awaiting_dispatch_idx`);
    await q.query(`CREATE INDEX letters_tenant_idx ON letters (tenant, kind, agenda_year)`);
    await q.query(`DROP INDEX letters_agenda_page_idx`);
    for (const name of ['year', 'sifat', 'status', 'jenis']) await q.query(`DROP INDEX letters_list_${name}_idx`);
    await q.query(`DROP INDEX letters_list_idx`);
  }
}
