import { lineCount, textWidth } from './text-metrics';

describe('text metrics', () => {
  it('measures widths: wide letters wider than narrow ones, bold wider than regular', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10) * 3);
    expect(textWidth('Kepala Dinas', 10, true)).toBeGreaterThan(textWidth('Kepala Dinas', 10));
    expect(textWidth('Kepala Dinas', 20)).toBeCloseTo(textWidth('Kepala Dinas', 10) * 2);
  });

  it('measures with the advances of the bundled font (Arimo, Arial\'s metrics), 5 % wide, the wider of upright and italic', () => {
    const em = (text: string, bold = false) => Math.round((textWidth(text, 1000, bold) / 1.05) * 10) / 10;
    expect(em('a')).toBe(556.2); // 1139 / 2048 em: Arial's 556
    expect(em('Kepala Dinas')).toBe(5948.2); // Arial: 667+556+556+556+222+556+278+722+222+556+556+500 = 5947
    expect(em('A', true)).toBe(722.2);
    expect(em('i', true)).toBe(277.8);
    expect(em('ĭ')).toBe(277.8); // 569 upright, 455 italic
    expect(em('✓')).toBe(1000); // not in the font: a fallback glyph, counted a full em
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
