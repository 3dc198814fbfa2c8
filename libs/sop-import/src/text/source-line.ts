import { cleanMarkup, isBold } from './markup.normaliser';

/** One line of the imported text, split into its tab-separated cells. */
export interface SourceLine {
  /** 1-based line number. */
  no: number;
  raw: string;
  /** Cells as written (markup kept), for lists (`<li>`) and underlined names (`<u>`). */
  rawCells: string[];
  /** Cells without markup, spaces collapsed. */
  cells: string[];
  /** Cells joined by a space. */
  text: string;
  tabbed: boolean;
  blank: boolean;
  /** The first cell is bold (a sub-procedure title such as `<b>Penerimaan Penelitian</b>`). */
  boldFirst: boolean;
}

export function toSourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((raw, index) => {
      const rawCells = raw.split('\t');
      const cells = rawCells.map((cell) => cleanMarkup(cell));
      const joined = cells.filter((cell) => cell !== '').join(' ');
      return {
        no: index + 1,
        raw,
        rawCells,
        cells,
        text: joined,
        tabbed: rawCells.length > 1,
        blank: joined === '',
        boldFirst: isBold(rawCells[0] ?? ''),
      };
    });
}

/** Index of the last non-empty cell, or -1. */
export function lastFilledCell(line: SourceLine): number {
  for (let i = line.cells.length - 1; i >= 0; i -= 1) if (line.cells[i] !== '') return i;
  return -1;
}
