import { ProblemException } from './problem.exception';
import { etagOf, parseIfMatch } from './if-match';

describe('If-Match', () => {
  it.each([
    ['"3"', 3],
    ['3', 3],
    ['W/"3"', 3],
    [' "0" ', 0],
    ['"120"', 120],
    [['"7"'], 7],
  ])('reads %p as revision %p', (header, revision) => {
    expect(parseIfMatch(header)).toBe(revision);
  });

  it('is undefined without the header', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
  });

  it.each([[''], ['*'], ['"3", "4"'], ['"-1"'], ['"3'], ['W/3x'], ['abc'], ['"1.5"'], [['"1"', '"2"']]])('rejects %p with a 400 naming the header', (header) => {
    let error: unknown;
    try {
      parseIfMatch(header);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).problem).toMatchObject({ status: 400, code: 'INVALID_IF_MATCH', errors: [{ field: 'If-Match' }] });
  });

  it('writes strong ETags', () => {
    expect(etagOf(4)).toBe('"4"');
  });
});
