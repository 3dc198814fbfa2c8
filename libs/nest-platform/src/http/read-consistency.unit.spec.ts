import { ProblemException } from './problem.exception';
import {
  awaitCheckpoint,
  createWriteReceiptMiddleware,
  currentWritePosition,
  formatPosition,
  minPositionWaitFromEnv,
  parseMinPosition,
  parsePosition,
  readModelBehind,
  recordWritePosition,
  type ReadModelCheckpoint,
} from './read-consistency';
import type { PlatformRequest, PlatformResponse } from './http-types';

describe('log positions on the wire', () => {
  it('formats a position as <commit>.<prepare> and parses it back', () => {
    const position = { commit: 18446744073709551615n, prepare: 42n };
    expect(formatPosition(position)).toBe('18446744073709551615.42');
    expect(parsePosition(formatPosition(position))).toEqual(position);
    expect(parsePosition('0.0')).toEqual({ commit: 0n, prepare: 0n });
  });

  it.each(['', '7', '7.', '.7', '7.15.3', '-1.0', '+7.1', '07.1', '7.01', '7,1', ' 7.1x', '0x7.1', '1e3.1', '7.1 8.2', '18446744073709551616.0', '7.18446744073709551616'])(
    'refuses %j',
    (text) => {
      expect(parsePosition(text)).toBeUndefined();
    },
  );

  it('reads X-Jejak-Min-Position: absent is undefined, surrounding blanks are allowed, anything else is a 400 naming the header', () => {
    expect(parseMinPosition(undefined)).toBeUndefined();
    expect(parseMinPosition(' 7421.15 ')).toEqual({ commit: 7421n, prepare: 15n });
    expect(parseMinPosition(['7421.15'])).toEqual({ commit: 7421n, prepare: 15n });
    for (const bad of ['abc', '7421', '', ['1.1', '2.2']]) {
      let thrown: unknown;
      try {
        parseMinPosition(bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ProblemException);
      const problem = (thrown as ProblemException).problem;
      expect([problem.status, problem.code, problem.errors?.map((e) => e.field)]).toEqual([400, 'INVALID_MIN_POSITION', ['X-Jejak-Min-Position']]);
    }
  });

  it('reads MIN_POSITION_WAIT_MS strictly', () => {
    expect(minPositionWaitFromEnv({})).toBe(2000);
    expect(minPositionWaitFromEnv({ MIN_POSITION_WAIT_MS: '0' })).toBe(0);
    expect(minPositionWaitFromEnv({ MIN_POSITION_WAIT_MS: '500' })).toBe(500);
    for (const bad of ['-1', '1.5', 'abc', '10001']) expect(() => minPositionWaitFromEnv({ MIN_POSITION_WAIT_MS: bad })).toThrow(/MIN_POSITION_WAIT_MS/);
  });

  it('tells a client that is too early when to retry, in Bahasa Indonesia', () => {
    const { problem } = readModelBehind({ commit: 9n, prepare: 3n }, { commit: 8n, prepare: 1n });
    expect([problem.status, problem.code, problem.headers]).toEqual([425, 'READ_MODEL_BEHIND', { 'Retry-After': '1' }]);
    expect(problem.detail).toContain('posisi 9.3');
    expect(problem.detail).toContain('sampai posisi 8.1');
    expect(readModelBehind({ commit: 9n, prepare: 3n }, undefined).problem.detail).toContain('sampai posisi awal');
  });
});

describe('the write receipt of a request', () => {
  it('keeps the highest position appended while serving the request, and nothing outside one', () => {
    recordWritePosition({ commit: 5n, prepare: 5n });
    expect(currentWritePosition()).toBeUndefined();
    let seen: unknown;
    createWriteReceiptMiddleware()({ headers: {} } as PlatformRequest, {} as PlatformResponse, () => {
      recordWritePosition({ commit: 7n, prepare: 2n });
      recordWritePosition(null);
      recordWritePosition({ commit: 6n, prepare: 9n });
      recordWritePosition({ commit: 7n, prepare: 4n });
      seen = currentWritePosition();
    });
    expect(seen).toEqual({ commit: 7n, prepare: 4n });
  });
});

describe('waiting for a checkpoint', () => {
  const moving = (positions: (bigint | undefined)[]): ReadModelCheckpoint & { reads: number } => {
    const checkpoint = {
      reads: 0,
      position: async () => {
        const value = positions[Math.min(checkpoint.reads, positions.length - 1)];
        checkpoint.reads += 1;
        return value === undefined ? undefined : { commit: value, prepare: 0n };
      },
    };
    return checkpoint;
  };

  it('returns as soon as the checkpoint reaches the position', async () => {
    const checkpoint = moving([undefined, 3n, 5n, 9n]);
    expect(await awaitCheckpoint(checkpoint, { commit: 5n, prepare: 0n }, { waitMs: 60_000, pollMs: 1 })).toBe(true);
    expect(checkpoint.reads).toBe(3);
  });

  it('gives up when the checkpoint stays behind, after one read without waiting when the wait is 0', async () => {
    const checkpoint = moving([4n]);
    expect(await awaitCheckpoint(checkpoint, { commit: 5n, prepare: 0n }, { waitMs: 0, pollMs: 1 })).toBe(false);
    expect(checkpoint.reads).toBe(1);
    expect(await awaitCheckpoint(moving([4n]), { commit: 5n, prepare: 0n }, { waitMs: 30, pollMs: 5 })).toBe(false);
  });

  it('stops waiting once the request is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const checkpoint = moving([1n]);
    expect(await awaitCheckpoint(checkpoint, { commit: 5n, prepare: 0n }, { waitMs: 60_000, pollMs: 1, signal: controller.signal })).toBe(false);
    expect(checkpoint.reads).toBe(1);
  });
});
