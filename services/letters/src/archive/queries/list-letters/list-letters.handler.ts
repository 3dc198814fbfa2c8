import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { validationError } from '@jejak/domain-kit';
import { decodeKeysetCursor, encodeKeysetCursor } from '@jejak/service-kit';
import type { StoredLetter } from '../../../read-model/letter-row';
import { LetterRowsReader } from '../../../read-model/letter-rows.reader';
import { afterCondition, isTimestampKey, isUuidKey, orderByOf, type KeysetKey } from '../../../read-model/keyset';
import { accessFor } from '../../../shared/letter-reader.access';
import { summaryOf, type LetterListItem } from '../../../read-model/letter-summary';
import { ListLettersQuery } from './list-letters.query';
import { LIST_COUNT_CAP, LIST_DEFAULT_LIMIT } from './list-letters.request.dto';

export interface LetterListPage {
  /**
   * How many letters match: given when this first page holds every match, or with `count=true`
   * (counted up to LIST_COUNT_CAP, then `totalCapped: true`). Never a full-table count per page.
   */
  total?: number;
  totalCapped?: true;
  items: LetterListItem[];
  /** Cursor of the next page; absent on the last one. */
  next?: string;
}

interface Row {
  letter_id: string;
  kind: StoredLetter['kind'];
  state: unknown;
  created_key: string;
}

/** Newest first, ties by id: the order of the paging indexes (see 1764100000000-letters-list-paging). */
const KEYS: readonly KeysetKey[] = [
  { column: 'created_at', direction: 'DESC', cast: 'timestamptz' },
  { column: 'letter_id', direction: 'ASC', cast: 'uuid' },
];

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The letters of the user's dinas, newest first, in keyset pages. A rahasia letter the user may not
 * read is listed as existing only, and a text search never matches it (the search runs on readable
 * rows only).
 */
@QueryHandler(ListLettersQuery)
export class ListLettersHandler implements IQueryHandler<ListLettersQuery, LetterListPage> {
  constructor(private readonly rows: LetterRowsReader) {}

  async execute({ user, filter }: ListLettersQuery): Promise<LetterListPage> {
    if (filter.cursor !== undefined && filter.offset !== undefined) {
      throw validationError('VALIDATION_FAILED', 'cursor dan offset tidak dapat dipakai bersamaan', [{ field: 'offset', message: 'gunakan cursor atau offset, tidak keduanya' }]);
    }
    const cursor = filter.cursor === undefined ? null : decodeKeysetCursor(filter.cursor, 2, ([at, id]) => isTimestampKey(at) && isUuidKey(id));
    const limit = filter.limit ?? LIST_DEFAULT_LIMIT;
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where = [`l.tenant = ${param(user.tenant)}`];
    if (filter.jenis) where.push(`l.jenis = ${param(filter.jenis)}`);
    if (filter.status) where.push(`l.status = ${param(filter.status)}`);
    if (filter.sifat) where.push(`l.sifat = ${param(filter.sifat)}`);
    if (filter.year) where.push(`l.agenda_year = ${param(filter.year)}`);
    if (filter.q) {
      // The SQL mirror of `canReadContent`: only rows the user may read are searched.
      where.push(`(l.sifat <> 'rahasia' OR ${param(user.roles.includes('AUDITOR'))}::boolean OR ${param(user.userId)} = ANY(l.reader_ids))`);
      where.push(`l.search_text LIKE ${param(`%${escapeLike(filter.q.toLowerCase())}%`)}`);
    }
    const filtered = where.join(' AND ');
    const filterParams = [...params];
    if (cursor) where.push(afterCondition(KEYS.map((k) => ({ ...k, column: `l.${k.column}` })), cursor, param));
    const skip = filter.offset ?? 0;
    const rows = await this.rows.query<Row>(
      `SELECT l.letter_id, l.kind, l.state, l.created_at::text AS created_key FROM letters l
       WHERE ${where.join(' AND ')} ORDER BY ${orderByOf(KEYS.map((k) => ({ ...k, column: `l.${k.column}` })))}
       LIMIT ${param(limit + 1)}${skip > 0 ? ` OFFSET ${param(skip)}` : ''}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const more = rows.length > limit && last !== undefined;
    const items = page.flatMap((row) => {
      const view = accessFor({ kind: row.kind, state: row.state } as StoredLetter, user);
      return view === null ? [] : [view.redacted ? view : summaryOf(view)];
    });
    const result: LetterListPage = { items };
    if (filter.count) {
      const [{ n }] = await this.rows.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM letters l WHERE ${filtered} LIMIT ${LIST_COUNT_CAP + 1}) AS m`,
        filterParams,
      );
      result.total = Math.min(n, LIST_COUNT_CAP);
      if (n > LIST_COUNT_CAP) result.totalCapped = true;
    } else if (cursor === null && skip === 0 && !more) {
      result.total = page.length;
    }
    if (more) result.next = encodeKeysetCursor([last.created_key, last.letter_id]);
    return result;
  }
}
