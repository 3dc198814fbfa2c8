import { BUNDLED_FONT_FACES, BUNDLED_FONT_STACK, bundledFontFaceCss, bundledFontMetrics } from './bundled-fonts';
import { readWoffMetrics } from './woff';

/** Advance widths in 1/1000 em, as the font would say them. */
const perMille = (text: string, bold = false) => {
  const metrics = bundledFontMetrics({ weight: bold ? 700 : 400, style: 'normal' });
  return [...text].map((char) => Math.round(((metrics.advance(char.codePointAt(0) as number) as number) / metrics.unitsPerEm) * 1000));
};

const dataUrls = (css: string) => [...css.matchAll(/url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)].map((match) => Buffer.from(match[1], 'base64'));

describe('the bundled document font (Arimo)', () => {
  it('has the metrics of Arial (and of Helvetica: its AFM widths), so layouts made for Arial hold', () => {
    expect(perMille(' il.aeMW@')).toEqual([278, 222, 222, 278, 556, 556, 833, 944, 1015]);
    expect(perMille(' il.AaeMW', true)).toEqual([278, 278, 278, 278, 722, 556, 556, 833, 944]);
  });

  it('maps every Latin and Latin Extended letter in all four faces, with the same advances upright and italic for ASCII', () => {
    for (const face of BUNDLED_FONT_FACES) {
      const metrics = bundledFontMetrics(face);
      expect(metrics.unitsPerEm).toBe(2048);
      for (const char of 'AZaz09éĀŽẞ–—·') expect(metrics.advance(char.codePointAt(0) as number)).toBeGreaterThan(0);
      expect(metrics.advance(0x2713)).toBeUndefined();
    }
    const upright = bundledFontMetrics({ weight: 400, style: 'normal' });
    const italic = bundledFontMetrics({ weight: 400, style: 'italic' });
    for (let c = 0x20; c < 0x7f; c += 1) expect(italic.advance(c)).toBe(upright.advance(c));
  });

  it('declares the four faces of the Latin subset inlined as WOFF2 data: URLs, and Latin Extended only for text that needs it', () => {
    const latin = bundledFontFaceCss('Dinas Koperasi dan UKM');
    expect(latin.match(/@font-face \{ font-family: 'Arimo'; font-style: (normal|italic); font-weight: (400|700); font-display: block;/g)).toHaveLength(4);
    expect(latin).toContain('unicode-range: U+0000-00FF,');
    expect(dataUrls(latin).map((file) => file.subarray(0, 4).toString('latin1'))).toEqual(['wOF2', 'wOF2', 'wOF2', 'wOF2']);
    const extended = bundledFontFaceCss('Ā');
    expect(extended.match(/@font-face/g)).toHaveLength(8);
    expect(extended).toContain('unicode-range: U+0100-02BA,');
    expect(bundledFontFaceCss()).toBe(latin);
    expect(BUNDLED_FONT_STACK).toBe(`'Arimo', sans-serif`);
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => readWoffMetrics(dataUrls(bundledFontFaceCss())[0])).toThrow('Not a WOFF 1.0 font');
  });
});
