import { countWaktuValues, readWaktu } from '../parse/waktu.parser';
import type { SourceLine } from '../text/source-line';
import { isHeaderFragment } from './header-token';
import { isColumnNumberRow } from './table-layout.parser';
import type { TableLayout } from './table-layout.parser';

export type RowKind = 'step' | 'merged' | 'continuation' | 'title' | 'columnNumbers' | 'junk';

export interface RowClass {
  kind: RowKind;
  /** Step number (kind "step"). */
  no?: number;
  /** Why a row is "merged" or "junk", in Bahasa Indonesia. */
  reason?: string;
}

const STEP_NUMBER = /^(\d{1,3})\s*[.)]?$/;
const letters = (text: string) => (text.match(/[A-Za-z]/g) ?? []).length;

/** What a table row is: a step, the continuation of the step above, a sub-procedure title, or debris. */
export function classifyRow(line: SourceLine): RowClass {
  const cells = line.cells;
  const first = cells[0] ?? '';
  if (isColumnNumberRow(line)) return { kind: 'columnNumbers' };
  const number = STEP_NUMBER.exec(first);
  if (number) {
    const rest = cells.slice(1);
    if (rest.filter(isHeaderFragment).length >= 2) return { kind: 'merged', reason: 'judul tabel dan langkah tercampur' };
    if (rest.some((cell) => countWaktuValues(cell) >= 2)) return { kind: 'merged', reason: 'satu sel memuat beberapa waktu' };
    if (rest.every((cell) => cell === '') || letters(rest.join(' ')) === 0) return { kind: 'junk', reason: 'nomor tanpa kegiatan' };
    return { kind: 'step', no: Number(number[1]) };
  }
  if (/^\d{1,3}(?:\s+\d{1,3})+$/.test(first)) return { kind: 'merged', reason: 'beberapa nomor langkah dalam satu baris' };
  if (/^NO\.?\s*\d/i.test(first)) return { kind: 'merged', reason: 'judul tabel dan langkah tercampur' };
  if (first === '' && letters(cells[1] ?? '') >= 3) return { kind: 'continuation' };
  const others = cells.slice(1).filter((cell) => cell !== '');
  if (letters(first) >= 3 && (line.boldFirst || (others.length === 0 && /\s/.test(first)))) return { kind: 'title' };
  return { kind: 'junk', reason: 'baris tidak dikenali' };
}

/** The cells of one step row, assigned to columns. */
export interface RowCells {
  activity: string;
  /** Cells under the role columns, or null when the row has a different number of them than the header. */
  roleCells: string[] | null;
  /** Non-empty cells in the role area when `roleCells` is null. */
  strayRoleCells: string[];
  kelengkapan: string;
  waktu: string;
  output: string;
  keterangan: string;
}

const isWaktuCell = (cell: string | undefined): boolean =>
  cell !== undefined && /[A-Za-z0-9]/.test(cell) && readWaktu(cell).recognised;
const isText = (cell: string | undefined): boolean => cell !== undefined && /[A-Za-z]{3,}/.test(cell);

/**
 * Splits a row by the layout, trusting content over position: copies often lose a column (the
 * kelengkapan column of later pages, a role column), so the waktu column is found by what it holds.
 */
export function splitRowCells(cells: readonly string[], layout: TableLayout): RowCells {
  const roleCount = layout.roles.length;
  const roleEnd = 2 + roleCount;
  const expectedWaktu = roleEnd + (layout.hasKelengkapan ? 1 : 0);
  let waktuAt = expectedWaktu;
  if (!isWaktuCell(cells[expectedWaktu])) {
    let best = -1;
    for (let i = 2; i < cells.length; i += 1) {
      if (isWaktuCell(cells[i]) && (best < 0 || Math.abs(i - expectedWaktu) < Math.abs(best - expectedWaktu))) best = i;
    }
    if (best >= 0) waktuAt = best;
  }
  let kelengkapanAt: number | null = null;
  if (waktuAt - 1 >= roleEnd) kelengkapanAt = waktuAt - 1;
  else if (waktuAt - 1 >= 2 && isText(cells[waktuAt - 1])) kelengkapanAt = waktuAt - 1;

  const areaEnd = kelengkapanAt ?? waktuAt;
  const area = cells.slice(2, Math.max(2, areaEnd));
  let roleCells: string[] | null = null;
  let extra: string[] = [];
  if (area.length === roleCount) roleCells = area;
  else if (area.length > roleCount && area.slice(roleCount).every((cell) => cell === '' || isText(cell))) {
    roleCells = area.slice(0, roleCount);
    extra = area.slice(roleCount).filter((cell) => cell !== '');
  }
  return {
    activity: cells[1] ?? '',
    roleCells,
    strayRoleCells: roleCells ? [] : area.filter((cell) => cell !== ''),
    kelengkapan: [...extra, kelengkapanAt === null ? '' : (cells[kelengkapanAt] ?? '')].filter((cell) => cell !== '').join(' '),
    waktu: cells[waktuAt] ?? '',
    output: cells[waktuAt + 1] ?? '',
    keterangan: cells
      .slice(waktuAt + 2)
      .filter((cell) => cell !== '')
      .join(' '),
  };
}
