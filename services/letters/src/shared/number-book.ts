import { DomainError } from '@jejak/domain-kit';
import {
  TransactionOrderConflictError,
  WrongExpectedRevisionError,
  abortablePause,
  throwIfCommandAborted,
  type EventMetadata,
  type EventStore,
  type UnitOfWork,
} from '@jejak/event-store';
import type { Sql } from '@jejak/postgres';
import type { CommandPipeline } from '@jejak/service-kit';
import {
  NumberIndex,
  issuedNumberFor,
  numberSequenceEventTypes,
  numberSequenceId,
  numberSequenceStream,
  type ActingUser,
  type IsoInstant,
  type IssuedNumber,
  type NumberSequenceAggregateType,
  type NumberSequenceCommand,
  type NumberSequenceEvent,
  type NumberSequenceState,
  type SequenceKey,
} from '../domain';

/**
 * The number books (agenda and letter numbers), gap-free and duplicate-free, at a cost per number
 * that does not depend on the size of the book.
 *
 * PostgreSQL (the unit of work has SQL): a counter row per dinas, sequence and year
 * (`letters_numbering.counters`) and one row per issued number (`letters_numbering.issued`, unique
 * per letter and per number) are written in the SAME transaction as the `NumberIssued` event and the
 * letter's append. The book's transaction lock (below) serialises issuers of one book, so a unit
 * waits for the one before it instead of failing and retrying; nothing reads or folds the
 * number-sequence stream on this path. The stream keeps every `NumberIssued` as the audit record
 * (appended, never read here). The pure decider still decides each number, on the state the counter
 * row gives (`{ last }`), so its rules (tenancy, safe-integer bound, letter id) stay in one place.
 *
 * Other adapters (in-memory, KurrentDB: no SQL in the unit): deliberately the event-sourced path,
 * the book's stream folded by the pipeline and its revision as the serialiser, a conflicting unit
 * re-run (bounded). It is slower on big books, and it is what those adapters can do atomically.
 */
export const NUMBER_BOOK_SCHEMA = 'letters_numbering';
const COUNTERS = `${NUMBER_BOOK_SCHEMA}.counters`;
const ISSUED = `${NUMBER_BOOK_SCHEMA}.issued`;

/** Creates the number-book tables (idempotent, safe to race: one transaction under a DDL lock). */
export async function ensureNumberBookTables(sql: Sql): Promise<void> {
  await sql.query(`SELECT pg_advisory_xact_lock(hashtextextended('${NUMBER_BOOK_SCHEMA}.ddl', 0))`);
  await sql.query(`CREATE SCHEMA IF NOT EXISTS ${NUMBER_BOOK_SCHEMA}`);
  await sql.query(`CREATE TABLE IF NOT EXISTS ${COUNTERS} (
    tenant text NOT NULL, sequence text NOT NULL, year integer NOT NULL,
    last_issued bigint NOT NULL CHECK (last_issued >= 0 AND last_issued <= ${Number.MAX_SAFE_INTEGER}),
    PRIMARY KEY (tenant, sequence, year))`);
  await sql.query(`CREATE TABLE IF NOT EXISTS ${ISSUED} (
    tenant text NOT NULL, sequence text NOT NULL, year integer NOT NULL,
    n bigint NOT NULL CHECK (n >= 1 AND n <= ${Number.MAX_SAFE_INTEGER}), letter_id text NOT NULL,
    PRIMARY KEY (tenant, sequence, year, letter_id),
    UNIQUE (tenant, sequence, year, n))`);
}

/** Creates the tables through the store's own connection, when the store runs SQL in its units. */
export async function prepareNumberBooks(store: EventStore): Promise<void> {
  if (!store.capabilities.sqlInUnitOfWork) return;
  await store.unitOfWork((uow) => ensureNumberBookTables(uow.requireSql()));
}

/** Attempts of a numbering unit on the event-sourced path (no SQL) before giving up under contention. */
const MAX_ATTEMPTS_EVENT_SOURCED = 200;
/**
 * Attempts on the SQL path: issuers of a book wait on its lock and never conflict on it; a rerun is
 * only needed when something else (a concurrent command on the same letter) made the unit's
 * transaction lose the event store's order check.
 */
const MAX_ATTEMPTS_SQL = 5;

export interface NumberingOptions {
  /** The command's deadline / the client's connection: no new attempt (and no pause) once it fires. */
  signal?: AbortSignal;
}

/**
 * Runs `work` (issue a number from the book `key`, then write the letter that takes it) as ONE unit
 * of work: the number and the letter commit together or not at all, so the book never holds a
 * number without its letter. A unit that loses a concurrency check is run again from the start
 * (and takes the next number), a bounded number of times, never after `signal` fired.
 */
export async function inNumberingUnit<T>(store: EventStore, key: SequenceKey, work: (uow: UnitOfWork) => Promise<T>, options: NumberingOptions = {}): Promise<T> {
  const { signal } = options;
  const book = numberSequenceStream(key);
  const maxAttempts = store.capabilities.sqlInUnitOfWork ? MAX_ATTEMPTS_SQL : MAX_ATTEMPTS_EVENT_SOURCED;
  for (let attempt = 1; ; attempt += 1) {
    throwIfCommandAborted('numbering', signal);
    try {
      return await store.unitOfWork(work, signal ? { signal } : {});
    } catch (error) {
      const retry = error instanceof TransactionOrderConflictError || (error instanceof WrongExpectedRevisionError && error.stream === book);
      if (!retry) throw error;
      if (attempt >= maxAttempts) throw new DomainError('concurrency', 'NUMBER_SEQUENCE_BUSY', 'Buku nomor sedang sangat sibuk; ulangi sebentar lagi.');
      await abortablePause(Math.min(5 * 2 ** attempt, 200) * Math.random(), 'numbering', signal);
    }
  }
}

export interface IssueNumberRequest {
  key: SequenceKey;
  letterId: string;
  by: ActingUser;
  at: IsoInstant;
  metadata: EventMetadata;
}

/**
 * Issues the next number of the book for a letter, inside the open unit. Idempotent per letter:
 * a letter the book already numbered gets its number back and the book does not move.
 */
export async function issueNumber(pipeline: CommandPipeline, book: NumberSequenceAggregateType, uow: UnitOfWork, request: IssueNumberRequest): Promise<IssuedNumber> {
  const { key, letterId, by, at, metadata } = request;
  const command: NumberSequenceCommand = { type: 'IssueNumber', by, at, data: { key, letterId } };
  if (uow.sql === undefined) {
    // No SQL in this adapter's unit: the event-sourced path (the stream folded, its revision the serialiser).
    const outcome = await pipeline.execute(book, { id: numberSequenceId(key), command, metadata, unitOfWork: uow });
    const issued = issuedNumberFor(outcome.state, letterId);
    if (issued === null) throw new Error(`number book ${outcome.stream} issued nothing for ${letterId}`);
    return issued;
  }
  const sql = uow.sql;
  await lockBook(sql, key);
  const state = await counterState(pipeline, book, uow, sql, key);
  const held = await sql.query<{ n: string }>(`SELECT n FROM ${ISSUED} WHERE tenant = $1 AND sequence = $2 AND year = $3 AND letter_id = $4`, [key.tenant, key.sequence, key.year, letterId]);
  if (held.rows[0] !== undefined) {
    // Still decided, so a user of another dinas is refused even for a letter the book numbered.
    book.decider.decide(command, state);
    return { ...key, n: safeNumber(held.rows[0].n), letterId };
  }
  const events = book.decider.decide(command, state);
  const event = events[0];
  if (events.length !== 1 || event?.type !== 'NumberIssued') throw new Error(`number book ${numberSequenceId(key)} decided ${events.length} events for ${letterId}`);
  const { n } = event.data;
  const moved = await sql.query(`UPDATE ${COUNTERS} SET last_issued = $4::bigint WHERE tenant = $1 AND sequence = $2 AND year = $3 AND last_issued = $4::bigint - 1 RETURNING last_issued`, [key.tenant, key.sequence, key.year, n]);
  if (moved.rowCount !== 1) throw new Error(`number book ${numberSequenceId(key)}: the counter moved under its lock`);
  await sql.query(`INSERT INTO ${ISSUED} (tenant, sequence, year, n, letter_id) VALUES ($1, $2, $3, $4, $5)`, [key.tenant, key.sequence, key.year, n, letterId]);
  await appendAudit(uow, key, [event], metadata);
  return { ...key, n, letterId };
}

export interface OpenBookRequest {
  key: SequenceKey;
  lastIssued: number;
  by: ActingUser;
  at: IsoInstant;
  metadata: EventMetadata;
}

/** Continues a book kept before Jejak: `NumberSequenceOpened` on the book's stream and, on PostgreSQL, its counter row, in one unit. */
export async function openBook(store: EventStore, pipeline: CommandPipeline, book: NumberSequenceAggregateType, request: OpenBookRequest, options: NumberingOptions = {}): Promise<{ stream: string }> {
  const { key, lastIssued, by, at, metadata } = request;
  const command: NumberSequenceCommand = { type: 'OpenNumberSequence', by, at, data: { key, lastIssued } };
  if (!store.capabilities.sqlInUnitOfWork) {
    // No SQL in this adapter's unit: the book is its stream alone (see the module comment).
    const outcome = await pipeline.execute(book, { id: numberSequenceId(key), command, metadata });
    return { stream: outcome.stream };
  }
  return inNumberingUnit(
    store,
    key,
    async (uow) => {
      const sql = uow.requireSql();
      await lockBook(sql, key);
      const counted = await readCounter(sql, key);
      // A book with a counter is in use: the decider refuses it (after its own role and tenancy checks).
      if (counted !== null) book.decider.decide(command, openState(key, counted));
      const outcome = await pipeline.execute(book, { id: numberSequenceId(key), command, metadata, unitOfWork: uow });
      await sql.query(`INSERT INTO ${COUNTERS} (tenant, sequence, year, last_issued) VALUES ($1, $2, $3, $4)`, [key.tenant, key.sequence, key.year, lastIssued]);
      return { stream: outcome.stream };
    },
    options,
  );
}

/**
 * The book's transaction lock. An advisory lock, taken before the unit writes anything: the
 * transaction gets its id only after it holds the book, so its id is newer than that of every unit
 * that wrote the book before it, and the event store's order check on the book's stream never fails
 * between issuers of one book (a row lock taken by UPDATE assigns the id first, then waits).
 */
async function lockBook(sql: Sql, key: SequenceKey): Promise<void> {
  await sql.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${NUMBER_BOOK_SCHEMA}:${numberSequenceId(key)}`]);
}

async function readCounter(sql: Sql, key: SequenceKey): Promise<number | null> {
  const { rows } = await sql.query<{ last_issued: string }>(`SELECT last_issued FROM ${COUNTERS} WHERE tenant = $1 AND sequence = $2 AND year = $3`, [key.tenant, key.sequence, key.year]);
  return rows[0] === undefined ? null : safeNumber(rows[0].last_issued);
}

const openState = (key: SequenceKey, last: number): NumberSequenceState => ({ stage: 'open', key, last, byLetter: NumberIndex.empty() });

/**
 * The book as its counter row says (the caller holds the book's lock). A book without a row is new,
 * or was kept before the counters existed: its stream is then folded ONCE, and the row and the
 * issued numbers written from it; later numbers never read the stream again.
 */
async function counterState(pipeline: CommandPipeline, book: NumberSequenceAggregateType, uow: UnitOfWork, sql: Sql, key: SequenceKey): Promise<NumberSequenceState> {
  const last = await readCounter(sql, key);
  if (last !== null) return openState(key, last);
  const loaded = await pipeline.load(book, numberSequenceId(key), { unitOfWork: uow });
  if (loaded.state.stage !== 'open') {
    await sql.query(`INSERT INTO ${COUNTERS} (tenant, sequence, year, last_issued) VALUES ($1, $2, $3, 0)`, [key.tenant, key.sequence, key.year]);
    return { stage: 'unopened' };
  }
  const issued = loaded.events.flatMap((e: NumberSequenceEvent) => (e.type === 'NumberIssued' ? [e.data] : []));
  await sql.query(`INSERT INTO ${COUNTERS} (tenant, sequence, year, last_issued) VALUES ($1, $2, $3, $4)`, [key.tenant, key.sequence, key.year, loaded.state.last]);
  if (issued.length > 0) {
    await sql.query(
      `INSERT INTO ${ISSUED} (tenant, sequence, year, n, letter_id) SELECT $1, $2, $3, n, letter_id FROM unnest($4::bigint[], $5::text[]) AS t(n, letter_id)`,
      [key.tenant, key.sequence, key.year, issued.map((d) => d.n), issued.map((d) => d.letterId)],
    );
  }
  return openState(key, loaded.state.last);
}

async function appendAudit(uow: UnitOfWork, key: SequenceKey, events: NumberSequenceEvent[], metadata: EventMetadata): Promise<void> {
  const stream = numberSequenceStream(key);
  await uow.append(
    stream,
    events.map((e) => ({ type: e.type, data: e.data, schemaVersion: numberSequenceEventTypes.versionOf(e.type, { stream }), metadata })),
    { expectedRevision: 'any' },
  );
}

function safeNumber(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`number book value ${text} is not a safe integer`);
  return n;
}
