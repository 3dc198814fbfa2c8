import { assertCanWrite, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { LetterKind } from './letter-kinds';
import type { LetterStreamState } from './letter-stream.aggregate';

export interface LetterCommandResult<Event = { type: string }> {
  letterId: string;
  /** Stream revision after the command: the next `If-Match` value. */
  revision: number;
  events: Event[];
}

/**
 * The pipeline's `command` builder for a letter's writer: the user may write in their dinas, and the
 * letter must be of that dinas (another dinas's letter is "not found"; a missing one too, unless the
 * command creates it). Then `build` makes the command from the letter's state.
 */
export function forWriter<C, E extends { type: string; data: unknown }, S>(
  kind: LetterKind<C, E, S>,
  user: AuthenticatedUser,
  letterId: string,
  build: (state: S) => C,
  options: { create?: boolean } = {},
): (state: LetterStreamState<S>) => C {
  return (state) => {
    assertCanWrite(user, user.tenant);
    const view = kind.view(state.letter);
    if (view === null ? !options.create : view.tenant !== user.tenant) throw kind.notFound(letterId);
    return build(state.letter);
  };
}

export const letterResult = <E, S>(outcome: CommandOutcome<E, S>): LetterCommandResult<E> => ({ letterId: outcome.id, revision: outcome.revision, events: outcome.events });
