import type { CatalogueIndexEntry } from '../model/import-report.model';
import { foldForMatch } from '../text/markup.normaliser';
import type { SourceLine } from '../text/source-line';

export interface CatalogueIndex {
  entries: CatalogueIndexEntry[];
  /** Line of the list's header row. */
  headerLine: number;
  /** Last line of the list. */
  endLine: number;
  warnings: { line: number; message: string }[];
}

const isHeader = (line: SourceLine) => {
  const cells = line.cells.map((cell) => cell.toUpperCase());
  return cells.some((cell) => /^NAMA\s+SOP$/.test(cell)) && cells.some((cell) => /^NOMOR\s+SOP$/.test(cell));
};

/** The comparable form of a nomor SOP: capitals, no spaces. */
export const numberKey = (number: string): string => number.toUpperCase().replace(/\s+/g, '');

/**
 * Finds a book's list of SOPs ("NO | NAMA SOP | NOMOR SOP" with group headings such as "BIDANG KOPERASI")
 * and reads its entries. Returns null when the text has no such list (a single SOP).
 */
export function readCatalogueIndex(lines: readonly SourceLine[]): CatalogueIndex | null {
  const headerAt = lines.findIndex(isHeader);
  if (headerAt < 0) return null;
  const entries: CatalogueIndexEntry[] = [];
  const warnings: { line: number; message: string }[] = [];
  let unit: string | null = null;
  let endLine = lines[headerAt].no;
  for (const line of lines.slice(headerAt + 1)) {
    if (line.blank) continue;
    const [first = '', second = '', third = ''] = line.cells;
    const filled = line.cells.filter((cell) => cell !== '');
    const entry = /^(\d{1,3})\.?$/.exec(first);
    if (entry && second !== '' && filled.length <= 3) {
      entries.push({ no: Number(entry[1]), number: third.replace(/\s+/g, ' ').trim(), name: second, line: line.no, unit });
      endLine = line.no;
      continue;
    }
    if (first.length <= 2 && !/\d/.test(first) && /^[A-Z][A-Z ,&/.-]+$/.test(second) && filled.length <= 2) {
      unit = second.trim();
      endLine = line.no;
      continue;
    }
    break;
  }

  // Check numbering and the numbers' pattern ("NN/SOP/DIKUPERIND/2023" for most entries).
  const patterns = new Map<string, number>();
  for (const entry of entries) {
    const key = numberKey(entry.number).replace(/^\d+/, '#');
    patterns.set(key, (patterns.get(key) ?? 0) + 1);
  }
  const common = [...patterns.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const seenNames = new Map<string, CatalogueIndexEntry>();
  entries.forEach((entry, i) => {
    if (entry.no !== i + 1) warnings.push({ line: entry.line, message: `Daftar SOP: nomor urut ${entry.no} tidak berurutan (diharapkan ${i + 1})` });
    const key = numberKey(entry.number);
    if (entry.number === '') warnings.push({ line: entry.line, message: `Daftar SOP no. ${entry.no}: nomor SOP kosong` });
    else if (common && patterns.get(common)! > 1 && key.replace(/^\d+/, '#') !== common) {
      warnings.push({ line: entry.line, message: `Daftar SOP no. ${entry.no}: nomor SOP "${entry.number}" tidak mengikuti pola daftar ("${common.replace('#', String(entry.no).padStart(2, '0'))}")` });
    } else if (Number(/^\d+/.exec(key)?.[0]) !== entry.no) {
      warnings.push({ line: entry.line, message: `Daftar SOP no. ${entry.no}: nomor SOP "${entry.number}" tidak sesuai nomor urut` });
    }
    const name = foldForMatch(entry.name);
    const twin = seenNames.get(name);
    if (twin) warnings.push({ line: entry.line, message: `Daftar SOP no. ${entry.no}: nama "${entry.name}" sama dengan no. ${twin.no}` });
    else seenNames.set(name, entry);
  });
  return { entries, headerLine: lines[headerAt].no, endLine, warnings };
}
