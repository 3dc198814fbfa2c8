import { lineCount, textWidth } from './text-metrics';

describe('text metrics', () => {
  it('measures Arial widths: wide letters wider than narrow ones, bold wider than regular', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10) * 3);
    expect(textWidth('Kepala Dinas', 10, true)).toBeGreaterThan(textWidth('Kepala Dinas', 10));
    expect(textWidth('Kepala Dinas', 20)).toBeCloseTo(textWidth('Kepala Dinas', 10) * 2);
  });

  it('counts wrapped lines', () => {
    expect(lineCount('', 100, 10)).toBe(0);
    expect(lineCount('  ', 100, 10)).toBe(0);
    expect(lineCount('1 hari', 100, 10)).toBe(1);
    const sentence = 'Mengoreksi surat undangan dan surat permohonan sebagai narasumber';
    expect(lineCount(sentence, textWidth(sentence, 10) + 1, 10)).toBe(1);
    expect(lineCount(sentence, textWidth(sentence, 10) / 2, 10)).toBeGreaterThanOrEqual(2);
    expect(lineCount('a\nb\nc', 100, 10)).toBe(3);
  });

  it('breaks a word longer than the line', () => {
    const word = 'Surat'.repeat(10);
    expect(lineCount(word, textWidth(word, 10) / 3 + 1, 10)).toBe(3);
  });
});
