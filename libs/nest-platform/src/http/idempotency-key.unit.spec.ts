import { ProblemException } from './problem.exception';
import { parseIdempotencyKey } from './idempotency-key.decorator';

describe('Idempotency-Key', () => {
  it.each([
    ['a', 'a'],
    ['6f1c2d3e-0a1b-4c5d-8e9f-001122334455', '6f1c2d3e-0a1b-4c5d-8e9f-001122334455'],
    ['  kunci-1  ', 'kunci-1'],
    ['x'.repeat(200), 'x'.repeat(200)],
    [['k:1/2~'], 'k:1/2~'],
  ])('reads %p as %p', (header, key) => {
    expect(parseIdempotencyKey(header)).toBe(key);
  });

  it('is undefined without the header', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it.each([[''], ['   '], ['x'.repeat(201)], ['kunci\u0000'], ['kunci\tsatu'], ['kunci-é'], ['\ud800'], [['a', 'b']], [[]]])(
    'rejects %p with a 400 naming the header',
    (header) => {
      let error: unknown;
      try {
        parseIdempotencyKey(header);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).problem).toMatchObject({ status: 400, code: 'INVALID_IDEMPOTENCY_KEY', errors: [{ field: 'Idempotency-Key' }] });
    },
  );
});
