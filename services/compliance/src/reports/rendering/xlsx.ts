import ExcelJS from 'exceljs';
import type { ReportSheet, SheetColumn, SignatureColumn } from './report-sheet';
import { normaliseZipTimestamps } from './zip-timestamps';

/**
 * XLSX of a printed form, with exceljs: letterhead and title rows merged across the table, an identity box, the
 * table with the regulation's columns (two header rows where columns are grouped, so a merged group header — which is
 * why this is a formatted range and not an Excel "table" object, whose header is one row of plain cells), thin
 * borders, wrapped text, fixed column widths and row heights worked out from the text, and the page set up for A4
 * landscape: fit to one page wide, header rows repeated on every printed page, page numbers in the footer.
 *
 * Reproducible: the workbook's created/modified dates are the report's own date, and the zip entries' timestamps
 * (which exceljs/JSZip take from the wall clock) are set to that date too, so the same form gives the same bytes.
 * Tests compare workbooks with `xlsxCanonicalDump` (testing/xlsx-canonical-dump.ts).
 */

const FONT = 'Arial';
const BODY_SIZE = 10;
const LINE_PT = 13;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

const colLetter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Lines a text takes in a column `width` characters wide (Arial 10 fits about 1.15 characters per width unit). */
export function linesIn(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  return text.split('\n').reduce((sum, paragraph) => {
    // Word wrap wastes the end of most lines: count whole words.
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= perLine) used += 1 + length;
      else {
        lines += 1;
        used = length;
      }
      while (used > perLine) {
        lines += 1;
        used -= perLine;
      }
    }
    return sum + lines;
  }, 0);
}

const heightFor = (lines: number): number => Math.max(1, lines) * LINE_PT + 3;

/** Excel header/footer codes start with "&": a literal one is written "&&". */
const footerText = (text: string) => text.replace(/&/g, '&&');

interface Layout {
  ws: ExcelJS.Worksheet;
  columns: readonly SheetColumn[];
  last: string;
  widthOf(from: number, to: number): number;
}

function mergedRow(layout: Layout, row: number, value: ExcelJS.CellValue, style: { size?: number; bold?: boolean; italic?: boolean; underline?: boolean; align?: 'left' | 'center' }): ExcelJS.Cell {
  const { ws, last } = layout;
  ws.mergeCells(`A${row}:${last}${row}`);
  const cell = ws.getCell(`A${row}`);
  cell.value = value;
  cell.font = { name: FONT, size: style.size ?? BODY_SIZE, bold: style.bold ?? false, italic: style.italic ?? false, underline: style.underline ?? false };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
  return cell;
}

function writeKop(layout: Layout, sheet: ReportSheet, row: number): number {
  const lines: Array<[string, { size: number; bold: boolean; italic?: boolean }]> = [];
  if (sheet.kop.pemerintah) lines.push([sheet.kop.pemerintah, { size: 12, bold: true }]);
  lines.push([sheet.kop.instansi, { size: 14, bold: true }]);
  if (sheet.kop.alamat) lines.push([sheet.kop.alamat, { size: 9, bold: false, italic: true }]);
  for (const [text, style] of lines) {
    mergedRow(layout, row, text, style);
    layout.ws.getRow(row).height = style.size + 8;
    row += 1;
  }
  // The letterhead rule: a double line under the last letterhead row.
  for (let c = 0; c < layout.columns.length; c += 1) layout.ws.getCell(`${colLetter(c)}${row - 1}`).border = { bottom: { style: 'double', color: { argb: 'FF000000' } } };
  return row;
}

function writeIdentitas(layout: Layout, sheet: ReportSheet, row: number): number {
  const { ws, last } = layout;
  const labelTo = colLetter(1);
  const valueFrom = colLetter(2);
  for (const { label, value } of sheet.identitas) {
    ws.mergeCells(`A${row}:${labelTo}${row}`);
    ws.mergeCells(`${valueFrom}${row}:${last}${row}`);
    const labelCell = ws.getCell(`A${row}`);
    labelCell.value = label;
    labelCell.font = { name: FONT, size: BODY_SIZE, bold: true };
    labelCell.fill = LABEL_FILL;
    labelCell.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    const valueCell = ws.getCell(`${valueFrom}${row}`);
    valueCell.value = value;
    valueCell.font = { name: FONT, size: BODY_SIZE };
    valueCell.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    for (let c = 0; c < layout.columns.length; c += 1) ws.getCell(`${colLetter(c)}${row}`).border = BOX;
    ws.getRow(row).height = heightFor(linesIn(value, layout.widthOf(2, layout.columns.length - 1)));
    row += 1;
  }
  return row;
}

/** Header rows; returns the first data row and the header rows (for "repeat on every page"). */
function writeHeader(layout: Layout, row: number): { next: number; first: number; lastHeader: number } {
  const { ws, columns } = layout;
  const grouped = columns.some((c) => c.group !== undefined);
  const first = row;
  const second = grouped ? row + 1 : row;
  const style = (cell: ExcelJS.Cell) => {
    cell.font = { name: FONT, size: BODY_SIZE, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
  };
  let c = 0;
  while (c < columns.length) {
    const column = columns[c];
    const letter = colLetter(c);
    if (column.group === undefined) {
      if (grouped) ws.mergeCells(`${letter}${first}:${letter}${second}`);
      ws.getCell(`${letter}${first}`).value = column.header;
      c += 1;
      continue;
    }
    let end = c;
    while (end + 1 < columns.length && columns[end + 1].group === column.group) end += 1;
    if (end > c) ws.mergeCells(`${letter}${first}:${colLetter(end)}${first}`);
    ws.getCell(`${letter}${first}`).value = column.group;
    for (let k = c; k <= end; k += 1) ws.getCell(`${colLetter(k)}${second}`).value = columns[k].header;
    c = end + 1;
  }
  for (let r = first; r <= second; r += 1) for (let k = 0; k < columns.length; k += 1) style(ws.getCell(`${colLetter(k)}${r}`));
  const headerLines = Math.max(...columns.map((col) => linesIn(col.header, col.width)));
  ws.getRow(first).height = grouped ? heightFor(1) : heightFor(headerLines);
  if (grouped) ws.getRow(second).height = heightFor(headerLines);
  return { next: second + 1, first, lastHeader: second };
}

function writeRows(layout: Layout, sheet: ReportSheet, row: number): number {
  const { ws, columns } = layout;
  for (const record of sheet.rows) {
    let lines = 1;
    columns.forEach((column, c) => {
      const cell = ws.getCell(`${colLetter(c)}${row}`);
      const text = record[column.key] ?? '';
      cell.value = column.key === 'no' && /^\d+$/.test(text) ? Number(text) : text;
      cell.font = { name: FONT, size: BODY_SIZE };
      cell.alignment = { horizontal: column.align, vertical: 'top', wrapText: true };
      cell.border = BOX;
      lines = Math.max(lines, linesIn(text, column.width));
    });
    ws.getRow(row).height = heightFor(lines);
    row += 1;
  }
  return row;
}

function writeCatatan(layout: Layout, sheet: ReportSheet, row: number): number {
  for (const { label, text } of sheet.catatan) {
    const cell = mergedRow(layout, row, { richText: [{ text: `${label}: `, font: { name: FONT, size: 9, bold: true } }, { text, font: { name: FONT, size: 9 } }] }, { size: 9, align: 'left' });
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    layout.ws.getRow(row).height = heightFor(linesIn(`${label}: ${text}`, layout.widthOf(0, layout.columns.length - 1) * 1.1));
    row += 1;
  }
  return row;
}

function writeSignatures(layout: Layout, sheet: ReportSheet, row: number): number {
  const { ws, columns } = layout;
  const n = columns.length;
  // Left block under the first two columns, right block under the last two.
  const spans: Array<[number, number]> = [
    [0, 1],
    [n - 2, n - 1],
  ];
  const put = (span: [number, number], r: number, text: string, font: Partial<ExcelJS.Font> = {}) => {
    const from = `${colLetter(span[0])}${r}`;
    ws.mergeCells(`${from}:${colLetter(span[1])}${r}`);
    const cell = ws.getCell(from);
    cell.value = text;
    cell.font = { name: FONT, size: BODY_SIZE, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'top', wrapText: true };
  };
  const block = sheet.tandaTangan;
  const sides: Array<[[number, number], SignatureColumn | null]> = [
    [spans[0], block.left],
    [spans[1], block.right],
  ];
  const width = (span: [number, number]) => layout.widthOf(span[0], span[1]);
  put(spans[1], row, block.tempatTanggal);
  row += 1;
  const captionRow = row;
  const jabatanRow = row + 1;
  const signRows = [row + 2, row + 3, row + 4];
  const namaRow = row + 5;
  const pangkat = sides.some(([, s]) => s?.pangkat);
  const pangkatRow = namaRow + 1;
  const nipRow = pangkat ? namaRow + 2 : namaRow + 1;
  let jabatanLines = 1;
  for (const [span, side] of sides) {
    if (!side) continue;
    put(span, captionRow, side.caption);
    put(span, jabatanRow, side.jabatan);
    jabatanLines = Math.max(jabatanLines, linesIn(side.jabatan, width(span)));
    put(span, namaRow, side.nama || '(..............................)', { bold: true, underline: side.nama !== '' });
    if (pangkat) put(span, pangkatRow, side.pangkat ?? '');
    put(span, nipRow, side.nipLine);
  }
  ws.getRow(jabatanRow).height = heightFor(jabatanLines);
  for (const r of signRows) ws.getRow(r).height = 18;
  return nipRow + 1;
}

/** The form as an XLSX workbook (one worksheet), reproducible byte for byte. */
export async function sheetToXlsx(sheet: ReportSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${sheet.tanggal}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date YYYY-MM-DD: ${sheet.tanggal}`);
  workbook.creator = 'Jejak';
  workbook.lastModifiedBy = 'Jejak';
  workbook.created = date;
  workbook.modified = date;
  workbook.title = `${sheet.judul} — ${sheet.identitas[0]?.value ?? ''}`;
  workbook.subject = sheet.judul;
  workbook.company = sheet.kop.instansi;

  const ws = workbook.addWorksheet(sheet.sheetName.slice(0, 31), { views: [{ showGridLines: false }] });
  ws.columns = sheet.columns.map((c) => ({ key: c.key, width: c.width }));
  const layout: Layout = {
    ws,
    columns: sheet.columns,
    last: colLetter(sheet.columns.length - 1),
    widthOf: (from, to) => sheet.columns.slice(from, to + 1).reduce((sum, c) => sum + c.width, 0),
  };

  let row = writeKop(layout, sheet, 1);
  row += 1;
  mergedRow(layout, row, sheet.judul, { size: 12, bold: true, underline: true });
  ws.getRow(row).height = 20;
  row += 2;
  row = writeIdentitas(layout, sheet, row);
  row += 1;
  const header = writeHeader(layout, row);
  row = writeRows(layout, sheet, header.next);
  row += 1;
  row = writeCatatan(layout, sheet, row);
  row += 1;
  const lastRow = writeSignatures(layout, sheet, row) - 1;

  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 },
    printArea: `A1:${layout.last}${lastRow}`,
    printTitlesRow: `${header.first}:${header.lastHeader}`,
  };
  ws.headerFooter = { oddFooter: `&L&"Arial"&8${footerText(sheet.footer)}&R&"Arial"&8Halaman &P dari &N` };

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return normaliseZipTimestamps(bytes, sheet.tanggal);
}
