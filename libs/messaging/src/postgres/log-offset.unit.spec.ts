import { compareLogOffsets, formatLogOffset, LOG_START, parseLogOffset } from './log-offset';

describe('log offsets', () => {
  it('order by transaction id, then sequence, numerically', () => {
    const offsets = ['758:10', '758:9', '757:100', '1000:1'].map(parseLogOffset);
    expect(offsets.sort(compareLogOffsets).map(formatLogOffset)).toEqual(['757:100', '758:9', '758:10', '1000:1']);
    expect(compareLogOffsets(LOG_START, parseLogOffset('3:1'))).toBe(-1);
    expect(compareLogOffsets(parseLogOffset('5:5'), parseLogOffset('5:5'))).toBe(0);
  });

  it('rejects malformed offsets', () => {
    expect(() => parseLogOffset('12')).toThrow(/invalid log offset/);
  });
});
