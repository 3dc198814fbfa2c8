import type { SourceLine } from '../text/source-line';
import type { Vocabulary } from '../text/vocabulary';
import { headerToken, isMutuToken, type HeaderToken } from './header-token';
import { cleanRoleName } from './role-name';

/** Where things are in the rows of one procedure table. Column 0 is No, column 1 Kegiatan. */
export interface TableLayout {
  /** Role column headings, cleaned; an unreadable heading is "?". */
  roles: string[];
  /** Whether the header has a kelengkapan / persyaratan column. */
  hasKelengkapan: boolean;
  /** Line of the header row that names the roles (or of the first header row). */
  line: number;
}

export interface LayoutReading {
  layout: TableLayout;
  warnings: { line: number; message: string }[];
}

/** A row of a procedure table's header: at least two header words, and no activity prose in the Kegiatan column. */
export function isHeaderRow(line: SourceLine): boolean {
  if (!line.tabbed) return false;
  const tokens = new Set(line.cells.map(headerToken).filter((token): token is HeaderToken => token !== null));
  if (tokens.size < 2) return false;
  const activityCell = line.cells[1] ?? '';
  return headerToken(activityCell) !== null || !/[a-z]/.test(activityCell);
}

/** A row holding only increasing column numbers ("1 2 3 4 5 6 8 9 10"). */
export function isColumnNumberRow(line: SourceLine): boolean {
  const filled = line.cells.filter((cell) => cell !== '');
  if (filled.length < 3 || !filled.every((cell) => /^\d{1,2}$/.test(cell))) return false;
  return filled.every((cell, i) => i === 0 || Number(cell) > Number(filled[i - 1]));
}

function firstMutuColumn(line: SourceLine): number {
  const index = line.cells.findIndex((cell, i) => i >= 2 && isMutuToken(headerToken(cell)));
  return index < 0 ? line.cells.length : index;
}

function roleCells(line: SourceLine): string[] {
  const cells = line.cells.slice(2, firstMutuColumn(line));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function namedRoleCount(line: SourceLine): number {
  return roleCells(line).filter((cell) => cell !== '' && headerToken(cell) === null && /[A-Za-z]{2,}/.test(cell)).length;
}

/**
 * Reads the header rows of one procedure table (one to three rows: captions, role names, column numbers)
 * into a layout. Header rows that are not used are reported: they are usually OCR debris.
 */
export function readTableLayout(rows: readonly SourceLine[], vocabulary: Vocabulary): LayoutReading {
  const warnings: { line: number; message: string }[] = [];
  const candidates = rows.filter((row) => !isColumnNumberRow(row));
  let roleRow: SourceLine | null = null;
  for (const row of candidates) {
    if (namedRoleCount(row) > 0 && (roleRow === null || namedRoleCount(row) >= namedRoleCount(roleRow))) roleRow = row;
  }
  const hasKelengkapan = rows.some((row) => row.cells.some((cell) => headerToken(cell) === 'kelengkapan'));

  let roles: string[] = [];
  if (roleRow) {
    const named = roleRow;
    roles = roleCells(named).map((cell) => {
      if (cell === '') return '?';
      const role = cleanRoleName(cell, vocabulary);
      if (role.damaged) warnings.push({ line: named.no, message: `Judul kolom pelaksana "${cell}" tampak rusak; dibaca "${role.name}"` });
      return role.name;
    });
    if (roles.includes('?')) warnings.push({ line: roleRow.no, message: 'Ada kolom pelaksana tanpa judul' });
    const stray = roleRow.cells[1] ?? '';
    if (stray !== '' && headerToken(stray) === null) warnings.push({ line: roleRow.no, message: `Teks tak dikenal di kolom Kegiatan baris judul: "${stray}"` });
  } else {
    // Only captions: count the role columns spanned by "Pelaksana".
    const caption = candidates.find((row) => row.cells.some((cell) => headerToken(cell) === 'pelaksana'));
    if (caption) {
      const start = caption.cells.findIndex((cell) => headerToken(cell) === 'pelaksana');
      roles = Array.from({ length: Math.max(0, firstMutuColumn(caption) - start) }, () => '?');
    }
    warnings.push({ line: (caption ?? rows[0]).no, message: 'Nama kolom pelaksana tidak ditemukan di judul tabel' });
  }

  // The row just above the role row (the "No | Kegiatan | Pelaksana | Mutu Baku" captions) is part of the header;
  // other rows are debris.
  const used = new Set<number>();
  const anchor = roleRow ?? candidates[0];
  if (anchor) {
    used.add(anchor.no);
    const above = candidates.filter((row) => row.no < anchor.no);
    if (above.length > 0) used.add(above[above.length - 1].no);
  }
  for (const row of rows) {
    if (isColumnNumberRow(row) || used.has(row.no)) continue;
    warnings.push({ line: row.no, message: `Baris judul tabel tidak terpakai (rusak?): "${row.text}"` });
  }
  return { layout: { roles, hasKelengkapan, line: (roleRow ?? rows[0]).no }, warnings };
}
