/**
 * Text width estimates for Arial / Liberation Sans (metric-compatible), from the Helvetica AFM widths
 * (1/1000 em), used to size table rows before the browser lays them out. Estimates lean wide, so rows
 * are never too short: a row that is too short would push the flowchart out of line with its text.
 */
const REGULAR: Record<string, number> = {};
const set = (chars: string, width: number) => {
  for (const char of chars) REGULAR[char] = width;
};
set(' !,./:;[\\]I', 278);
set('ijl', 222);
set('ftI', 278);
set('"', 355);
set("'", 191);
set('()-`r', 333);
set('*', 389);
set('+<=>~', 584);
set('#$0123456789?_abdeghnopqu', 556);
set('%', 889);
set('&ABEKPSVXY', 667);
set('CDHNRUw', 722);
set('FTZ', 611);
set('GOQ', 778);
set('J', 500);
set('L', 556);
set('Mm', 833);
set('W', 944);
set('cksvxyz', 500);
set('^', 469);
set('{}', 334);
set('|', 260);
set('@', 1015);

/** Bold Arial is wider; this factor is the mean excess of Helvetica-Bold over Helvetica, rounded up. */
const BOLD_FACTOR = 1.1;
/** Margin for hinting and rounding in the browser. */
const SAFETY = 1.05;
const UNKNOWN = 600;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) units += REGULAR[char] ?? UNKNOWN;
  return (units / 1000) * fontSize * (bold ? BOLD_FACTOR : 1) * SAFETY;
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
