import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { decodeKeysetCursor, encodeKeysetCursor } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { buildQueues, localDate, type PersonQueues, type SuratKeluarState, type SuratMasukState } from '../../../domain';
import { readerOf } from '../../../shared/letter-reader.access';
import { afterCondition, isTimestampKey, isUuidKey, orderByOf, type KeysetKey } from '../../../read-model/keyset';
import { LetterRowsReader, type LetterRow } from '../../../read-model/letter-rows.reader';
import { MyQueuesQuery } from './my-queues.query';
import { QUEUES_DEFAULT_LIMIT } from './my-queues.request.dto';

export interface MyQueues extends PersonQueues {
  asOf: string;
  /** Cursor of the next batch of letters; absent on the last one. */
  next?: string;
}

interface QueueRow extends LetterRow {
  created_key: string;
}

/** Registration order, ties by id. */
const KEYS: readonly KeysetKey[] = [
  { column: 'created_at', direction: 'ASC', cast: 'timestamptz' },
  { column: 'letter_id', direction: 'ASC', cast: 'uuid' },
];

/**
 * The caller's queues as in SRIKANDI (belum dibaca, belum ditindaklanjuti, lewat batas waktu, perlu
 * paraf, perlu tanda tangan, perlu dikirim), built by the domain's `buildQueues` from the read model's
 * letters the caller may have work on. `perihal` is null where the caller may not read the letter.
 * Paged by letters: each page holds the queue items of up to `limit` letters in registration order
 * (oldest first within a page); the pages of a walk together hold every item exactly once.
 */
@QueryHandler(MyQueuesQuery)
export class MyQueuesHandler implements IQueryHandler<MyQueuesQuery, MyQueues> {
  constructor(
    private readonly rows: LetterRowsReader,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, asOf, page }: MyQueuesQuery): Promise<MyQueues> {
    const cursor = page.cursor === undefined ? null : decodeKeysetCursor(page.cursor, 2, ([at, id]) => isTimestampKey(at) && isUuidKey(id));
    const limit = page.limit ?? QUEUES_DEFAULT_LIMIT;
    const config = this.registry.config(user.tenant);
    const mayDispatch = user.roles.some((role) => (config.dispatch.dispatcherRoles as readonly string[]).includes(role));
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    // `@>` (not `= ANY`) so the GIN index on queue_user_ids serves it; dispatchers add the partial index of letters awaiting dispatch.
    const mine = `queue_user_ids @> ARRAY[${param(user.userId)}]::text[]`;
    const where = [`tenant = ${param(user.tenant)}`, mayDispatch ? `(${mine} OR awaiting_dispatch)` : mine];
    if (cursor) where.push(afterCondition(KEYS, cursor, param));
    // Materialized first so the plan is the index lookup of the person's own letters (bounded by their
    // work, not by the table), then a top-N sort of those: a btree walk in created_at order filtering
    // a whole dinas is never chosen.
    const rows = await this.rows.query<QueueRow>(
      `WITH mine AS MATERIALIZED (SELECT letter_id, kind, state, created_at, created_at::text AS created_key FROM letters WHERE ${where.join(' AND ')})
       SELECT letter_id, kind, state, created_key FROM mine ORDER BY ${orderByOf(KEYS)} LIMIT ${param(limit + 1)}`,
      params,
    );
    const shown = rows.slice(0, limit);
    const date = asOf ?? localDate(this.clock.now(), config.utcOffsetMinutes).iso;
    const queues = buildQueues({
      user: readerOf(user),
      suratMasuk: shown.filter((r) => r.kind === 'surat_masuk').map((r) => r.state as SuratMasukState),
      suratKeluar: shown.filter((r) => r.kind === 'surat_keluar').map((r) => r.state as SuratKeluarState),
      asOf: date,
      config,
    });
    const result: MyQueues = { asOf: date, ...queues };
    const last = shown[shown.length - 1];
    if (rows.length > limit && last !== undefined) result.next = encodeKeysetCursor([last.created_key, last.letter_id]);
    return result;
  }
}
