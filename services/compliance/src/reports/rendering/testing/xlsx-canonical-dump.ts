import ExcelJS from 'exceljs';

/** Test helper: compares workbooks whose bytes differ for reasons that do not matter (never used by production code). */

type DumpValue = string | number | boolean | null;

function cellText(value: ExcelJS.CellValue): DumpValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return JSON.stringify(value);
}

/**
 * What a reader of the workbook sees, as stable JSON: properties, and per worksheet its page setup, footer, column
 * widths, merged ranges (sorted), row heights and every non-empty cell (value, bold, horizontal alignment, whether it
 * has a border). Two workbooks with the same dump print the same.
 */
export async function xlsxCanonicalDump(xlsx: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const iso = (d: Date | undefined) => (d ? d.toISOString() : null);
  const sheets = workbook.worksheets.map((ws) => {
    const p = ws.pageSetup;
    const rows: Array<{ r: number; height: number | null; cells: Array<[string, DumpValue, boolean, string | null, boolean]> }> = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: Array<[string, DumpValue, boolean, string | null, boolean]> = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const border = cell.border ? Object.values(cell.border).some((b) => b && typeof b === 'object' && 'style' in b && b.style) : false;
        cells.push([cell.address, cellText(cell.value), Boolean(cell.font?.bold), cell.alignment?.horizontal ?? null, border]);
      });
      rows.push({ r, height: row.height ?? null, cells });
    });
    const merges = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort();
    return {
      name: ws.name,
      pageSetup: {
        paperSize: p.paperSize ?? null,
        orientation: p.orientation ?? null,
        fitToPage: p.fitToPage ?? null,
        fitToWidth: p.fitToWidth ?? null,
        fitToHeight: p.fitToHeight ?? null,
        horizontalCentered: p.horizontalCentered ?? null,
        printArea: p.printArea ?? null,
        printTitlesRow: p.printTitlesRow ?? null,
        margins: p.margins ? { left: p.margins.left, right: p.margins.right, top: p.margins.top, bottom: p.margins.bottom, header: p.margins.header, footer: p.margins.footer } : null,
      },
      footer: ws.headerFooter?.oddFooter ?? null,
      columns: (ws.columns ?? []).map((c) => c.width ?? null),
      merges,
      rows,
    };
  });
  return `${JSON.stringify(
    {
      properties: { creator: workbook.creator ?? null, lastModifiedBy: workbook.lastModifiedBy ?? null, created: iso(workbook.created), modified: iso(workbook.modified), title: workbook.title ?? null },
      sheets,
    },
    null,
    1,
  )}\n`;
}
