import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@jejak/nest-platform';
import { viewFor, type ReadableLetterView, type RedactedLetterView } from '../domain';
import type { LetterKind } from './letter-kinds';
import { LetterStreamReader, type LoadedLetter } from './letter-stream.reader';
import { readerOf } from './letter-reader.access';

export type LetterAccess<E, S> = { redacted: true; view: RedactedLetterView } | { redacted: false; view: ReadableLetterView; loaded: LoadedLetter<E, S> };

/**
 * A letter read from its stream (always current, with its revision as ETag) for a user of its
 * dinas: another dinas's letter is not found; a rahasia letter outside the user's chain is only
 * shown to exist.
 */
@Injectable()
export class LetterDetailLoader {
  constructor(private readonly reader: LetterStreamReader) {}

  async load<C, E extends { type: string; data: unknown }, S>(kind: LetterKind<C, E, S>, letterId: string, user: AuthenticatedUser): Promise<LetterAccess<E, S>> {
    const loaded = await this.reader.load(kind, letterId);
    const view = kind.view(loaded.state);
    if (view === null || view.tenant !== user.tenant) throw kind.notFound(letterId);
    const shown = viewFor(view, readerOf(user));
    return shown.redacted ? { redacted: true, view: shown } : { redacted: false, view: shown, loaded };
  }
}
