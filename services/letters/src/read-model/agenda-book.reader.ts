import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import type { AuthenticatedUser } from '@jejak/nest-platform';
import { decodeKeysetCursor, encodeKeysetCursor } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../config/letters-config.registry';
import { localDate, type ReadableLetterView, type RedactedLetterView } from '../domain';
import type { AgendaBook } from './agenda-book';
import { accessFor } from '../shared/letter-reader.access';
import { AGENDA_DEFAULT_LIMIT } from '../shared/dto/agenda-book.request.dto';
import { afterCondition, isIntKey, isTimestampKey, isUuidKey, orderByOf, type KeysetKey } from './keyset';
import { LetterRowsReader, storedOf, type LetterRow } from './letter-rows.reader';

interface BookRow extends LetterRow {
  number_sequence: string | null;
  number_n: number | null;
  created_key: string;
}

/** Number order (the order of `letters_agenda_page_idx`), ties by registration time and id. */
const KEYS: readonly KeysetKey[] = [
  { column: 'number_sequence', direction: 'ASC', cast: 'text', nullable: true },
  { column: 'number_n', direction: 'ASC', cast: 'int', nullable: true },
  { column: 'created_at', direction: 'ASC', cast: 'timestamptz' },
  { column: 'letter_id', direction: 'ASC', cast: 'uuid' },
];
const validKeys = ([sequence, n, at, id]: readonly (string | null)[]): boolean =>
  (sequence === null || (sequence.length <= 200 && !sequence.includes('\u0000'))) && (n === null || isIntKey(n)) && isTimestampKey(at) && isUuidKey(id);

export interface AgendaPage {
  year: number | undefined;
  limit: number | undefined;
  cursor: string | undefined;
}

/**
 * Reads a page of one year of an agenda book (incoming or outgoing) of the user's dinas, in number
 * order: each letter as the user may see it — a line built by `line`, or existence only for a
 * rahasia letter outside the user's chain. The year defaults to this year in the dinas's time zone.
 * Keyset pages: a walk sees every letter of the book that existed when it began exactly once.
 */
@Injectable()
export class AgendaBookReader {
  constructor(
    private readonly rows: LetterRowsReader,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async read<Line>(
    user: AuthenticatedUser,
    kind: 'surat_masuk' | 'surat_keluar',
    page: AgendaPage,
    line: (view: ReadableLetterView) => Line | null,
  ): Promise<AgendaBook<Line>> {
    const cursor = page.cursor === undefined ? null : decodeKeysetCursor(page.cursor, KEYS.length, validKeys);
    const bookYear = page.year ?? localDate(this.clock.now(), this.registry.config(user.tenant).utcOffsetMinutes).year;
    const limit = page.limit ?? AGENDA_DEFAULT_LIMIT;
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where = [`tenant = ${param(user.tenant)}`, `kind = ${param(kind)}`, `agenda_year = ${param(bookYear)}`];
    if (cursor) where.push(afterCondition(KEYS, cursor, param));
    const rows = await this.rows.query<BookRow>(
      `SELECT letter_id, kind, state, number_sequence, number_n, created_at::text AS created_key FROM letters
       WHERE ${where.join(' AND ')} ORDER BY ${orderByOf(KEYS)} LIMIT ${param(limit + 1)}`,
      params,
    );
    const shown = rows.slice(0, limit);
    const entries = shown.flatMap((row): (Line | RedactedLetterView)[] => {
      const view = accessFor(storedOf(row), user);
      if (view === null) return [];
      if (view.redacted) return [view];
      const built = line(view);
      return built === null ? [] : [built];
    });
    const last = shown[shown.length - 1];
    const book: AgendaBook<Line> = { year: bookYear, entries };
    if (rows.length > limit && last !== undefined) book.next = encodeKeysetCursor([last.number_sequence, last.number_n === null ? null : String(last.number_n), last.created_key, last.letter_id]);
    return book;
  }
}
