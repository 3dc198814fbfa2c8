import { assertNever, forbidden, illegalState, validationError } from '@jejak/domain-kit';
import { userRefOf } from '../acting-user';
import type { LettersConfig } from '../letters.config';
import { isText } from '../problems';
import type { NumberSequenceCommand, SequenceKey } from './number-sequence.commands';
import type { NumberSequenceEvent } from './number-sequence.events';
import { MAX_BOOK_NUMBER, type NumberSequenceState } from './number-sequence.state';

export interface NumberSequenceDeps {
  config: Pick<LettersConfig, 'sequenceOpenerRoles'>;
}

export function decideNumberSequence(deps: NumberSequenceDeps, command: NumberSequenceCommand, state: NumberSequenceState): NumberSequenceEvent[] {
  const { key } = command.data;
  checkKey(key, state);
  if (command.by.tenant !== key.tenant) throw forbidden('TENANT_MISMATCH', 'a user can only use the number books of their own dinas');
  const { at } = command;
  switch (command.type) {
    case 'OpenNumberSequence': {
      if (!command.by.roles.some((role) => deps.config.sequenceOpenerRoles.includes(role))) {
        throw forbidden('NOT_SEQUENCE_OPENER', 'only the sekretariat may continue a number book');
      }
      if (state.stage === 'open') throw illegalState('SEQUENCE_ALREADY_OPEN', 'the number book is already in use');
      const { lastIssued } = command.data;
      if (!Number.isSafeInteger(lastIssued) || lastIssued < 0 || lastIssued >= MAX_BOOK_NUMBER) {
        throw validationError('SEQUENCE_INVALID', `lastIssued must be a whole number from 0 to ${MAX_BOOK_NUMBER - 1}`, [{ field: 'lastIssued', message: `whole number from 0 to ${MAX_BOOK_NUMBER - 1}` }]);
      }
      return [{ type: 'NumberSequenceOpened', data: { ...key, lastIssued, openedBy: userRefOf(command.by), openedAt: at } }];
    }
    case 'IssueNumber': {
      const { letterId } = command.data;
      if (!isText(letterId)) throw validationError('SEQUENCE_INVALID', 'letterId is required', [{ field: 'letterId', message: 'required' }]);
      if (state.stage === 'open' && state.byLetter.get(letterId) !== undefined) return [];
      const last = state.stage === 'open' ? state.last : 0;
      if (last >= MAX_BOOK_NUMBER) throw illegalState('SEQUENCE_EXHAUSTED', 'the number book has reached its highest number');
      const n = last + 1;
      return [{ type: 'NumberIssued', data: { ...key, n, letterId, issuedBy: userRefOf(command.by), issuedAt: at } }];
    }
    default:
      return assertNever(command, 'command');
  }
}

function checkKey(key: SequenceKey, state: NumberSequenceState): void {
  const wellFormed = isText(key.tenant) && isText(key.sequence) && Number.isInteger(key.year) && key.year >= 1900;
  if (!wellFormed) throw validationError('SEQUENCE_INVALID', 'the sequence key is incomplete', [{ field: 'key', message: 'tenant, sequence and year are required' }]);
  if (state.stage === 'open' && (state.key.tenant !== key.tenant || state.key.sequence !== key.sequence || state.key.year !== key.year)) {
    throw validationError('SEQUENCE_KEY_MISMATCH', 'the command names another number book than this stream', [{ field: 'key', message: 'does not match the stream' }]);
  }
}
