import { BUNDLED_FONT_FACES, bundledFontMetrics } from '@jejak/pdf';

/**
 * Text width estimates in the document font, the bundled Arimo of `@jejak/pdf` (metric-compatible with Arial),
 * from the advance widths in the very font files the document embeds, so the estimate and the browser agree on
 * every machine. Used to size table rows before the browser lays them out. Estimates lean wide, so rows are never
 * too short: a row that is too short would push the flowchart out of line with its text.
 */

/** Em widths by code point for one weight: the wider of the upright and the italic glyph (notes are italic). */
const widths = new Map<boolean, Map<number, number>>();
function emWidths(bold: boolean): Map<number, number> {
  let table = widths.get(bold);
  if (table === undefined) {
    table = new Map();
    for (const face of BUNDLED_FONT_FACES.filter((f) => (f.weight === 700) === bold)) {
      const metrics = bundledFontMetrics(face);
      for (const codePoint of metrics.codePoints()) {
        const em = (metrics.advance(codePoint) as number) / metrics.unitsPerEm;
        table.set(codePoint, Math.max(em, table.get(codePoint) ?? 0));
      }
    }
    widths.set(bold, table);
  }
  return table;
}

/** Margin for hinting and rounding in the browser. */
const SAFETY = 1.05;
/** A character the bundled font has no glyph for is drawn in a fallback font: count a full em. */
const UNKNOWN_EM = 1;

export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = emWidths(bold);
  let ems = 0;
  for (const char of text) ems += table.get(char.codePointAt(0) as number) ?? UNKNOWN_EM;
  return ems * fontSize * SAFETY;
}

/**
 * Lines a text takes in a box of `width` px: greedy wrapping at spaces (the browser may also break after
 * "-" or "/", which only makes it shorter), words longer than a line broken anywhere (CSS `overflow-wrap: anywhere`).
 * Explicit line breaks ("\n") start new lines. Empty text takes no line.
 */
export function lineCount(text: string, width: number, fontSize: number, bold = false): number {
  const paragraphs = text.split('\n').map((line) => line.trim());
  if (paragraphs.every((line) => line === '')) return 0;
  const space = textWidth(' ', fontSize, bold);
  let lines = 0;
  for (const paragraph of paragraphs) {
    let current = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      let wordWidth = textWidth(word, fontSize, bold);
      if (current > 0 && current + space + wordWidth <= width) {
        current += space + wordWidth;
        continue;
      }
      if (current > 0) lines += 1;
      while (wordWidth > width) {
        lines += 1;
        wordWidth -= width;
      }
      current = wordWidth;
    }
  }
  return lines;
}
