import type { ExpectedRevision, LogPosition } from '../event-store.port';
import type { EventFilter } from '../subscription/event-filter';
import { EVENT_COLUMNS } from './postgres-event.mapper';
import type { EventStoreTables } from './postgres-event-store.schema';

/**
 * The append is ONE statement (atomic even outside a transaction):
 *  1. `s` moves the stream's revision under the row lock, only if the expectation holds
 *     (any: upsert; no_stream: insert-or-nothing; exact: update where revision = expected);
 *     a concurrent writer waits for the lock and re-checks against the committed row;
 *  2. `ins` inserts the events with revisions derived from `s` (none when `s` is empty);
 *  3. NOTIFY (delivered at commit) wakes live subscriptions.
 *
 * Per-stream order in the global log: the log is read in (transaction_id, global_position) order,
 * so a stream's events must come from transactions with non-decreasing ids. A transaction can be
 * given its id and then lose the race for the stream's row lock (or have written elsewhere
 * earlier), and append after a younger transaction committed to the stream. `s` refuses that
 * append (`last_transaction_id` newer than ours): nothing is written and the caller sees a
 * conflict — the adapter retries it in a fresh transaction when it owns the transaction.
 *
 * Parameters: $1 stream, $2 event count, $3 recorded_at or null (database clock), $4 events as a
 * JSON array, $5 channel, $6 expected revision (exact only).
 */
export function appendStatement(tables: EventStoreTables, expected: ExpectedRevision): { name: string; text: string } {
  const variant = expected === 'any' ? 'any' : expected === 'no_stream' ? 'no_stream' : 'exact';
  const notOlder = `COALESCE(st.last_transaction_id, '0'::xid8) <= pg_current_xact_id()`;
  const moveRevision = {
    any: `INSERT INTO ${tables.streams} AS st (stream_id, revision, last_transaction_id) VALUES ($1, $2::int - 1, pg_current_xact_id())
          ON CONFLICT (stream_id) DO UPDATE SET revision = st.revision + $2::int, last_transaction_id = pg_current_xact_id()
          WHERE ${notOlder} RETURNING st.revision`,
    no_stream: `INSERT INTO ${tables.streams} (stream_id, revision, last_transaction_id) VALUES ($1, $2::int - 1, pg_current_xact_id())
          ON CONFLICT (stream_id) DO NOTHING RETURNING revision`,
    exact: `UPDATE ${tables.streams} AS st SET revision = st.revision + $2::int, last_transaction_id = pg_current_xact_id()
          WHERE st.stream_id = $1 AND st.revision = $6::int AND ${notOlder} RETURNING st.revision`,
  }[variant];
  const text = `WITH s AS (${moveRevision}),
    ins AS (
      INSERT INTO ${tables.events} (event_id, stream_id, revision, type, schema_version, tenant, actor_user_id,
        actor_role, actor_name, correlation_id, causation_id, recorded_at, data)
      SELECT (u.e->>'id')::uuid, $1, s.revision - $2::int + u.ord::int, u.e->>'type', (u.e->>'schemaVersion')::int,
        u.e->>'tenant', u.e->>'actorUserId', u.e->>'actorRole', u.e->>'actorName', u.e->>'correlationId',
        u.e->>'causationId', COALESCE($3::timestamptz, clock_timestamp()), u.e->'data'
      FROM s CROSS JOIN jsonb_array_elements($4::jsonb) WITH ORDINALITY AS u(e, ord)
      ORDER BY u.ord
      RETURNING revision, global_position, transaction_id
    )
    SELECT count(*)::int AS appended, max(revision) AS revision, max(global_position)::text AS global_position,
      min(transaction_id::text) AS transaction_id,
      CASE WHEN count(*) > 0 THEN pg_notify($5::text, '') END IS NULL AS silent
    FROM ins`;
  return { name: `jejak_es_append2_${variant}_${tables.schema}`, text };
}

/** The stream's last revision and that event's position; no row when the stream does not exist. */
export function streamHeadStatement(tables: EventStoreTables): string {
  return `SELECT s.revision, e.transaction_id::text AS transaction_id, e.global_position::text AS global_position
    FROM ${tables.streams} s
    LEFT JOIN ${tables.events} e ON e.stream_id = s.stream_id AND e.revision = s.revision
    WHERE s.stream_id = $1`;
}

export function readStreamStatement(tables: EventStoreTables, direction: 'forwards' | 'backwards'): string {
  const [comparison, order] = direction === 'forwards' ? ['>=', 'ASC'] : ['<=', 'DESC'];
  return `SELECT ${EVENT_COLUMNS} FROM ${tables.events} e
    WHERE e.stream_id = $1 AND e.revision ${comparison} $2::int
    ORDER BY e.revision ${order} LIMIT $3::bigint`;
}

const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Reads the global log strictly after `after`, in (transaction_id, global_position) order, only
 * below the visibility horizon: rows whose writing transaction is older than every transaction
 * still running (`pg_snapshot_xmin(pg_current_snapshot())`). Every such transaction has finished,
 * so no row can later appear before the returned ones. Each row carries the horizon; the
 * subscription variant also tells whether committed rows are being held back above it.
 */
export function readAllStatement(
  tables: EventStoreTables,
  options: { after?: LogPosition; maxCount?: number; filter?: EventFilter; withHeldBack?: boolean },
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown, cast: string): string => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  const conditions = ['e.transaction_id < h.xmin'];
  if (options.after && options.after.commit >= 0n) {
    conditions.push(
      `(e.transaction_id, e.global_position) > (${param(options.after.commit.toString(), 'xid8')}, ${param(options.after.prepare.toString(), 'bigint')})`,
    );
  }
  const streamPrefixes = options.filter?.streamPrefixes ?? [];
  if (streamPrefixes.length > 0) conditions.push(`e.stream_id LIKE ANY (${param(streamPrefixes.map(likePrefix), 'text[]')})`);
  const eventTypes = options.filter?.eventTypes ?? [];
  if (eventTypes.length > 0) conditions.push(`e.type LIKE ANY (${param(eventTypes.map(likePrefix), 'text[]')})`);
  const limit = param(options.maxCount ?? null, 'bigint');
  // The newest visible row, found by a backward scan of the log-order index: at or above the
  // horizon means committed events are waiting for an older transaction to finish.
  const heldBack = options.withHeldBack
    ? `COALESCE((SELECT x.transaction_id FROM ${tables.events} x ORDER BY x.transaction_id DESC LIMIT 1) >= h.xmin, false) AS held_back`
    : 'false AS held_back';
  const text = `WITH h AS MATERIALIZED (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
    hb AS MATERIALIZED (SELECT ${heldBack} FROM h)
    SELECT h.xmin::text AS horizon, hb.held_back, r.*
    FROM h CROSS JOIN hb
    LEFT JOIN LATERAL (
      SELECT ${EVENT_COLUMNS}, e.transaction_id AS order_tx, e.global_position AS order_pos
      FROM ${tables.events} e
      WHERE ${conditions.join(' AND ')}
      ORDER BY e.transaction_id, e.global_position
      LIMIT ${limit}
    ) r ON true
    ORDER BY r.order_tx, r.order_pos`;
  return { text, values };
}

/** The mark the horizon must pass for everything committed now to be below it. */
export const CAUGHT_UP_TARGET = 'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax';
