import type { IdGenerator } from '@jejak/domain-kit';
import type { Sql } from '@jejak/postgres';
import { UnitOfWorkNotSupportedError, WrongExpectedRevisionError } from '../errors';
import {
  START,
  type AppendOptions,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
  type UnitOfWork,
} from '../event-store.port';
import { actualRevision, assertValidExpectedRevision, satisfiesExpectedRevision } from '../expected-revision';
import { selectRevisions } from './select-revisions';

/** The committed side of a buffered unit: what the adapter already holds. */
export interface BufferedTarget {
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The stream's last committed revision, -1 when it does not exist. */
  lastRevision(stream: string): Promise<number>;
}

/** One stream's share of a unit, ready to commit in a single append. */
export interface PendingAppend {
  stream: string;
  /** What the committed stream must be for the unit to commit (`any` when the unit set no expectation). */
  expectedRevision: ExpectedRevision;
  events: Array<NewEvent & { id: string }>;
}

interface PendingStream {
  /** The committed revision the unit's expectations rely on; undefined when it only appended with `any`. */
  base?: number;
  events: Array<NewEvent & { id: string }>;
  recordedAt: Date[];
}

const viaJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * A unit of work for adapters without transactions of their own (in-memory, KurrentDB): appends
 * are checked at once against the committed stream plus the unit's own appends, buffered, and
 * handed to the adapter at the end (`close`) to be committed in one atomic step that re-checks
 * every expectation. Nothing is written when the work throws.
 */
export class BufferedUnitOfWork implements UnitOfWork {
  readonly sql: Sql | undefined = undefined;
  private readonly pending = new Map<string, PendingStream>();
  private open = true;

  constructor(
    private readonly adapter: string,
    private readonly target: BufferedTarget,
    private readonly ids: IdGenerator,
    private readonly now: () => Date,
  ) {}

  requireSql(): Sql {
    throw new UnitOfWorkNotSupportedError(this.adapter, 'SQL writes in the same transaction (`uow.sql`)');
  }

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    const expected = options.expectedRevision ?? 'any';
    assertValidExpectedRevision(expected);
    const committed = await this.target.lastRevision(stream);
    this.assertOpen();
    const entry = this.pending.get(stream) ?? { events: [], recordedAt: [] };
    if (entry.base !== undefined && committed !== entry.base) {
      // Another writer moved the stream after this unit relied on its revision.
      throw new WrongExpectedRevisionError(stream, entry.base, actualRevision(committed));
    }
    const last = committed + entry.events.length;
    if (!satisfiesExpectedRevision(expected, last)) throw new WrongExpectedRevisionError(stream, expected, actualRevision(last));
    if (expected !== 'any') entry.base = committed;
    if (events.length === 0) return { nextExpectedRevision: last, position: START };
    const at = this.now();
    for (const event of events) {
      entry.events.push({ ...event, id: event.id ?? this.ids.next(), data: viaJson(event.data) });
      entry.recordedAt.push(new Date(at));
    }
    this.pending.set(stream, entry);
    return { nextExpectedRevision: last + events.length, position: START };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const entry = this.pending.get(stream);
    if (!entry || entry.events.length === 0) return this.target.readStream(stream, options);
    const committed = await this.target.readStream(stream);
    const next = committed.length > 0 ? committed[committed.length - 1].revision + 1 : 0;
    const own = entry.events.map((event, i) => provisional(stream, next + i, event, entry.recordedAt[i]));
    return selectRevisions([...committed, ...own], options);
  }

  /** Ends the unit (later calls throw) and hands over what it appended, one entry per stream. */
  close(): PendingAppend[] {
    this.open = false;
    return [...this.pending]
      .filter(([, entry]) => entry.events.length > 0)
      .map(([stream, entry]) => ({
        stream,
        expectedRevision: entry.base === undefined ? 'any' : entry.base < 0 ? 'no_stream' : entry.base,
        events: entry.events,
      }));
  }

  private assertOpen(): void {
    if (!this.open) throw new Error('this unit of work has already finished');
  }
}

/** An appended event as the unit reads it back before commit; its position is not known yet (START). */
function provisional(stream: string, revision: number, event: NewEvent & { id: string }, recordedAt: Date): RecordedEvent {
  const { metadata } = event;
  return {
    id: event.id,
    stream,
    revision,
    position: { ...START },
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    tenant: metadata.tenant,
    actor: { userId: metadata.actor.userId, role: metadata.actor.role, ...(metadata.actor.name !== undefined ? { name: metadata.actor.name } : {}) },
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    recordedAt: new Date(recordedAt),
    data: structuredClone(event.data),
  };
}
