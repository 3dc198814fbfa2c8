import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import type { AuthenticatedUser } from '@jejak/nest-platform';
import { LettersConfigRegistry } from '../config/letters-config.registry';
import { localDate, type ReadableLetterView, type RedactedLetterView } from '../domain';
import type { AgendaBook } from './agenda-book';
import { accessFor } from '../shared/letter-reader.access';
import { LetterRowsReader, storedOf, type LetterRow } from './letter-rows.reader';

/**
 * Reads one year of an agenda book (incoming or outgoing) of the user's dinas, in number order:
 * each letter as the user may see it — a line built by `line`, or existence only for a rahasia
 * letter outside the user's chain. The year defaults to this year in the dinas's time zone.
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
    year: number | undefined,
    line: (view: ReadableLetterView) => Line | null,
  ): Promise<AgendaBook<Line>> {
    const bookYear = year ?? localDate(this.clock.now(), this.registry.config(user.tenant).utcOffsetMinutes).year;
    const rows = await this.rows.query<LetterRow>(
      `SELECT letter_id, kind, state FROM letters WHERE tenant = $1 AND kind = $3 AND agenda_year = $2
       ORDER BY number_sequence NULLS LAST, number_n NULLS LAST, created_at, letter_id`,
      [user.tenant, bookYear, kind],
    );
    const entries = rows.flatMap((row): (Line | RedactedLetterView)[] => {
      const view = accessFor(storedOf(row), user);
      if (view === null) return [];
      if (view.redacted) return [view];
      const built = line(view);
      return built === null ? [] : [built];
    });
    return { year: bookYear, entries };
  }
}
