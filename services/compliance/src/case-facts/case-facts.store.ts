import type { LogPosition } from '@jejak/event-store';
import { ident, type Sql } from '@jejak/postgres';
import type { Pool } from 'pg';
import { namaKey, nomorKey } from '../sop-registry/sop-keys';

/**
 * The process manager's own tables (in the inbox schema, never rebuilt with the read models): its checkpoint, the SOPs
 * it has seen (to resolve a case's SOP by number or name in log order) and the cases parked until their SOP is known.
 */
export class CaseFactsStore {
  private readonly s: string;

  constructor(schema: string) {
    this.s = ident(schema);
  }

  async ensure(pool: Pool): Promise<void> {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.s}`);
    await pool.query(`CREATE TABLE IF NOT EXISTS ${this.s}.process_checkpoints (
      name text PRIMARY KEY, commit_position numeric(20) NOT NULL, prepare_position numeric(20) NOT NULL)`);
    await pool.query(`CREATE TABLE IF NOT EXISTS ${this.s}.case_fact_sops (
      sop_id text PRIMARY KEY, tenant text NOT NULL, nomor_key text, nama_key text NOT NULL)`);
    await pool.query(`CREATE TABLE IF NOT EXISTS ${this.s}.case_fact_parked (
      case_id text PRIMARY KEY, tenant text NOT NULL, reason text NOT NULL)`);
  }

  async checkpoint(pool: Pool, name: string): Promise<LogPosition | undefined> {
    const { rows } = await pool.query<{ c: string; p: string }>(
      `SELECT commit_position::text AS c, prepare_position::text AS p FROM ${this.s}.process_checkpoints WHERE name = $1`,
      [name],
    );
    return rows[0] ? { commit: BigInt(rows[0].c), prepare: BigInt(rows[0].p) } : undefined;
  }

  async saveCheckpoint(client: Sql, name: string, position: LogPosition): Promise<void> {
    await client.query(
      `INSERT INTO ${this.s}.process_checkpoints (name, commit_position, prepare_position) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET commit_position = $2, prepare_position = $3`,
      [name, position.commit.toString(), position.prepare.toString()],
    );
  }

  async rememberSop(client: Sql, sop: { sopId: string; tenant: string; nomor: string | null; nama: string }): Promise<void> {
    await client.query(
      `INSERT INTO ${this.s}.case_fact_sops (sop_id, tenant, nomor_key, nama_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sop_id) DO UPDATE SET tenant = $2, nomor_key = $3, nama_key = $4`,
      [sop.sopId, sop.tenant, sop.nomor === null ? null : nomorKey(sop.nomor), namaKey(sop.nama)],
    );
  }

  /** SOP ids of the dinas with this number (or, without one, this name). */
  async findSops(client: Sql, tenant: string, ref: { nomor?: string; nama?: string }): Promise<string[]> {
    const [column, key] = ref.nomor ? ['nomor_key', nomorKey(ref.nomor)] : ['nama_key', namaKey(ref.nama ?? '')];
    const { rows } = await client.query<{ sop_id: string }>(
      `SELECT sop_id FROM ${this.s}.case_fact_sops WHERE tenant = $1 AND ${column} = $2 ORDER BY sop_id`,
      [tenant, key],
    );
    return rows.map((r) => r.sop_id);
  }

  async park(client: Sql, caseId: string, tenant: string, reason: string): Promise<void> {
    await client.query(
      `INSERT INTO ${this.s}.case_fact_parked (case_id, tenant, reason) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO UPDATE SET reason = $3`,
      [caseId, tenant, reason],
    );
  }

  async unpark(client: Sql, caseId: string): Promise<void> {
    await client.query(`DELETE FROM ${this.s}.case_fact_parked WHERE case_id = $1`, [caseId]);
  }

  /** Every parked case: an SOP fact of one dinas may resolve a case of another (an SOP named by id). */
  async parked(client: Sql): Promise<string[]> {
    const { rows } = await client.query<{ case_id: string }>(`SELECT case_id FROM ${this.s}.case_fact_parked ORDER BY case_id`);
    return rows.map((r) => r.case_id);
  }
}
