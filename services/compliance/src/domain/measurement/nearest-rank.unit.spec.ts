import { nearestRank, percentiles } from './nearest-rank';

describe('nearest-rank percentiles', () => {
  it('takes the value at rank ceil(p/100 * N)', () => {
    // N = 4: median rank ceil(2) = 2 -> 20 (lower middle, no interpolation); p90 rank ceil(3.6) = 4 -> 40.
    expect(percentiles([40, 10, 30, 20])).toEqual({ count: 4, median: 20, p90: 40 });
  });

  it('does not drift on floating point: p90 of 30 values is the 27th', () => {
    const values = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(nearestRank(values, 90)).toBe(27);
  });

  it('is null without values and the value itself for one', () => {
    expect(percentiles([])).toEqual({ count: 0, median: null, p90: null });
    expect(percentiles([7])).toEqual({ count: 1, median: 7, p90: 7 });
  });
});
