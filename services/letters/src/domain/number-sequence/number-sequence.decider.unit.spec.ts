import { DEFAULT_LETTERS_CONFIG } from '../letters.config';
import { deciderSpec } from '../testing/decider-spec';
import { NOW, TENANT, users } from '../testing/letters.fixtures';
import type { SequenceKey } from './number-sequence.commands';
import { numberSequenceDecider } from './number-sequence.decider';
import { MAX_BOOK_NUMBER, NumberIndex, issuedNumberFor } from './number-sequence.state';
import type { NumberSequenceEvent } from './number-sequence.events';
import { numberSequenceStream, sequenceKeyAt } from './number-sequence.stream';

const key: SequenceKey = { tenant: TENANT, sequence: 'surat-keluar', year: 2024 };
const decider = numberSequenceDecider({ config: DEFAULT_LETTERS_CONFIG });
const spec = deciderSpec(decider);
const petugas = { userId: users.petugas.userId, name: users.petugas.name };
const issued = (n: number, letterId: string): NumberSequenceEvent => ({ type: 'NumberIssued', data: { ...key, n, letterId, issuedBy: petugas, issuedAt: NOW } });
const issue = (letterId: string, by = users.petugas, k: SequenceKey = key) => ({ type: 'IssueNumber' as const, by, at: NOW, data: { key: k, letterId } });

describe('NumberSequence', () => {
  it('given an empty book, when a number is issued, then it is 1', () => {
    spec.given([]).when(issue('L1')).then([issued(1, 'L1')]);
  });

  it('given numbers 1 and 2, when another letter asks, then it gets 3 (gap-free)', () => {
    spec.given([issued(1, 'L1'), issued(2, 'L2')]).when(issue('L3')).then([issued(3, 'L3')]);
  });

  it('given a number for a letter, when the same letter asks again, then nothing new is issued and the same number is returned', () => {
    const given = spec.given([issued(1, 'L1'), issued(2, 'L2')]);
    given.when(issue('L1')).then([]);
    expect(issuedNumberFor(given.state, 'L1')).toEqual({ ...key, n: 1, letterId: 'L1' });
    expect(issuedNumberFor(given.state, 'L9')).toBeNull();
  });

  it('two issuers deciding on the same revision both pick the same number: the store rejects the second append, whose retry gets the next', () => {
    const state = spec.given([issued(1, 'L1')]).state;
    const first = decider.decide(issue('L2'), state);
    const second = decider.decide(issue('L3'), state);
    expect([first[0]?.type === 'NumberIssued' && first[0].data.n, second[0]?.type === 'NumberIssued' && second[0].data.n]).toEqual([2, 2]);
    // retry of the loser after re-reading the stream (now containing the winner's event)
    spec.given([issued(1, 'L1'), ...first]).when(issue('L3')).then([issued(3, 'L3')]);
  });

  it('continues a book kept before Jejak from its last number', () => {
    spec
      .given([])
      .when({ type: 'OpenNumberSequence', by: users.sekretaris, at: NOW, data: { key, lastIssued: 1621 } })
      .then([{ type: 'NumberSequenceOpened', data: { ...key, lastIssued: 1621, openedBy: { userId: users.sekretaris.userId, name: users.sekretaris.name }, openedAt: NOW } }]);
    const opened: NumberSequenceEvent = { type: 'NumberSequenceOpened', data: { ...key, lastIssued: 1621, openedBy: petugas, openedAt: NOW } };
    spec.given([opened]).when(issue('L1')).then([issued(1622, 'L1')]);
  });

  it('refuses to open a book already in use (illegal_state), by a non-sekretariat user (forbidden), or with a negative number', () => {
    spec.given([issued(1, 'L1')]).when({ type: 'OpenNumberSequence', by: users.sekretaris, at: NOW, data: { key, lastIssued: 10 } }).thenRefuses({ kind: 'illegal_state', code: 'SEQUENCE_ALREADY_OPEN' });
    spec.given([]).when({ type: 'OpenNumberSequence', by: users.petugas, at: NOW, data: { key, lastIssued: 10 } }).thenRefuses({ kind: 'forbidden', code: 'NOT_SEQUENCE_OPENER' });
    spec.given([]).when({ type: 'OpenNumberSequence', by: users.sekretaris, at: NOW, data: { key, lastIssued: -1 } }).thenRefuses({ kind: 'validation', code: 'SEQUENCE_INVALID', field: 'lastIssued' });
  });

  it("refuses another dinas's user and a command for another book than the stream", () => {
    spec.given([]).when(issue('L1', users.kadisElsewhere)).thenRefuses({ kind: 'forbidden', code: 'TENANT_MISMATCH' });
    spec.given([issued(1, 'L1')]).when(issue('L2', users.petugas, { ...key, year: 2025 })).thenRefuses({ kind: 'validation', code: 'SEQUENCE_KEY_MISMATCH', field: 'key' });
    spec.given([]).when(issue(' ')).thenRefuses({ kind: 'validation', code: 'SEQUENCE_INVALID', field: 'letterId' });
  });

  it("names one stream per dinas, sequence and year, the year being the dinas's local year", () => {
    expect(numberSequenceStream(key)).toBe('number-sequence-35.01-surat-keluar-2024');
    // 31 Dec 2024 18:30 UTC is already 1 Jan 2025 in WIB
    expect(sequenceKeyAt(TENANT, 'agenda-masuk', new Date('2024-12-31T18:30:00Z'), 420).year).toBe(2025);
    expect(sequenceKeyAt(TENANT, 'agenda-masuk', new Date('2024-12-31T16:30:00Z'), 420).year).toBe(2024);
  });

  it('folds a book without copying it per event, and an older state is never changed by a newer one (persistent index)', () => {
    const v1 = NumberIndex.empty().with('L1', 1);
    const v2 = v1.with('L2', 2);
    const branch = v1.with('L3', 2); // another future of v1: copies v1 first
    expect([v1.get('L1'), v1.get('L2'), v2.get('L2'), branch.get('L2'), branch.get('L3'), v2.get('L3')]).toEqual([1, undefined, 2, undefined, 2, undefined]);
    const book = Array.from({ length: 20_000 }, (_, i) => issued(i + 1, `L${i + 1}`));
    const state = book.reduce(decider.evolve, decider.initialState());
    expect(issuedNumberFor(state, 'L17')?.n).toBe(17);
    expect(decider.decide(issue('L20001'), state)).toEqual([issued(20_001, 'L20001')]);
  });

  it('keeps every number a safe integer: opening at the highest number is refused, a full book refuses to issue', () => {
    spec.given([]).when({ type: 'OpenNumberSequence', by: users.sekretaris, at: NOW, data: { key, lastIssued: MAX_BOOK_NUMBER } }).thenRefuses({ kind: 'validation', code: 'SEQUENCE_INVALID', field: 'lastIssued' });
    spec.given([]).when({ type: 'OpenNumberSequence', by: users.sekretaris, at: NOW, data: { key, lastIssued: 2 ** 53 } }).thenRefuses({ kind: 'validation', code: 'SEQUENCE_INVALID', field: 'lastIssued' });
    spec.given([issued(MAX_BOOK_NUMBER, 'L1')]).when(issue('L2')).thenRefuses({ kind: 'illegal_state', code: 'SEQUENCE_EXHAUSTED' });
  });
});
