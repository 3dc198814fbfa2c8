/**
 * What a cell under a role column holds. Flowchart shapes survive the copy only as stray symbols:
 * "▭" (process box), "○" (connector), and in OCR'd scans "•", "+", "-", "—", "_", "‾", "I".
 * "Ya"/"Tidak" are the labels of a decision's arrows, not marks of a pelaksana.
 */
export type MarkKind = 'none' | 'shape' | 'connector' | 'mark' | 'yes' | 'no' | 'yesno' | 'text';

const SHAPES = /^[▭□■◻◼▯▮▢▣◇◆⬦⬥◊⬭⬬⌂⏢]+$/u;
const CONNECTORS = /^[○◯◦]+$/u;
const MARKS = /^(?:[-–—_=‾|+•●▪·*xX×✓√→←↑↓⇒⇓IlL]{1,4}|\.{1,3})$/u;

export function classifyMark(cell: string): MarkKind {
  const text = cell.trim();
  if (text === '') return 'none';
  // Decision labels as the copy leaves them: "Ya", "YA.", "(Tidak)", "Tdk", or both in one cell.
  const label = text.replace(/[().:;,]/g, '').trim();
  if (/^ya$/i.test(label)) return 'yes';
  if (/^(?:tidak|tdk)$/i.test(label)) return 'no';
  if (/^(?:ya\s*\/?\s*tidak|tidak\s*\/?\s*ya)$/i.test(label)) return 'yesno';
  if (SHAPES.test(text)) return 'shape';
  if (CONNECTORS.test(text)) return 'connector';
  if (MARKS.test(text.replace(/\s+/g, ''))) return 'mark';
  return 'text';
}

/**
 * Indexes of the role columns a row marks as taking part: process/decision shapes if any, else other
 * marks, else connectors.
 */
export function markedColumns(cells: readonly string[]): number[] {
  const kinds = cells.map(classifyMark);
  for (const wanted of ['shape', 'mark', 'connector'] as const) {
    const columns = kinds.flatMap((kind, i) => (kind === wanted ? [i] : []));
    if (columns.length > 0) return columns;
  }
  return [];
}
