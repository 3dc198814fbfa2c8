import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases as measured against their pinned SOP version: one row per case (with its events, so a calendar change can
 * re-measure it, and its measurement), one per step execution, one per deviation; and the pinned SOP contents.
 */
export class CreateCases1763800000003 implements MigrationInterface {
  name = 'CreateCases1763800000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_sop_contents (
        sop_id text NOT NULL,
        version int NOT NULL,
        content jsonb NOT NULL,
        PRIMARY KEY (sop_id, version)
      )`);
    await q.query(`
      CREATE TABLE cases (
        case_id text PRIMARY KEY,
        tenant text NOT NULL,
        sop_id text NOT NULL,
        version int NOT NULL,
        nomor text,
        nama text NOT NULL,
        unit text NOT NULL,
        reference text,
        origin text NOT NULL,
        source text,
        status text NOT NULL,
        started_at timestamptz NOT NULL,
        started_date date NOT NULL,
        completed_at timestamptz,
        cancelled_at timestamptz,
        rework_loops int NOT NULL,
        fitness double precision,
        current_step_key text,
        current_phase text,
        current_since timestamptz,
        deviation_count int NOT NULL,
        late_executions int NOT NULL,
        events jsonb NOT NULL,
        measurement jsonb
      )`);
    await q.query(`CREATE INDEX cases_tenant_sop_idx ON cases (tenant, sop_id, version, started_date)`);
    await q.query(`CREATE INDEX cases_reference_idx ON cases (tenant, reference)`);
    await q.query(`
      CREATE TABLE case_steps (
        case_id text NOT NULL,
        seq int NOT NULL,
        step_key text NOT NULL,
        no int NOT NULL,
        kegiatan text NOT NULL,
        origin text NOT NULL,
        actor_user_id text,
        actor_role text,
        actor_name text,
        decision text,
        ready_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        clock_start timestamptz NOT NULL,
        standard_amount double precision,
        standard_unit text,
        actual_amount double precision,
        actual_unit text,
        on_time boolean,
        over_by_amount double precision,
        over_by_office_minutes double precision,
        office_minutes double precision,
        working_days double precision,
        in_role boolean,
        kelengkapan_missing jsonb NOT NULL,
        output_produced boolean,
        fit text,
        PRIMARY KEY (case_id, seq)
      )`);
    await q.query(`
      CREATE TABLE case_deviations (
        case_id text NOT NULL,
        n int NOT NULL,
        kind text NOT NULL,
        step_key text NOT NULL,
        seq int,
        detail jsonb NOT NULL,
        PRIMARY KEY (case_id, n)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_deviations`);
    await q.query(`DROP TABLE case_steps`);
    await q.query(`DROP TABLE cases`);
    await q.query(`DROP TABLE case_sop_contents`);
  }
}
