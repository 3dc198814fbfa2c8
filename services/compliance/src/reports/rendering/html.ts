import { BUNDLED_FONT_STACK, bundledFontFaceCss } from '@jejak/pdf';
import { CHECK, type ReportSheet, type SignatureBlock, type SignatureColumn } from './report-sheet';

/**
 * HTML of a printed form, self-contained (no external resource, no script; the bundled font inlined as data: URLs),
 * with print CSS for A4 landscape:
 * the letterhead with its double rule, the title, the identity lines, the table (header repeated on every page, rows
 * never split across pages, column numbers under the header as on paper forms), the notes and the signature block
 * (kept on one page together with the table's last rows, so the signatures never stand alone on a page). On screen the same page is shown as a sheet on a grey desk. Pure: the same sheet gives the
 * same HTML, which is what to compare when checking a rebuild (the PDF embeds its creation time).
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. Every text of a form goes through it. */
export const escapeHtml = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Text with its line breaks kept. */
const multiline = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

export const PAGE_MARGINS_MM = { top: 10, right: 12, bottom: 14, left: 12 } as const;

/** The font bundled with `@jejak/pdf` (Arimo, metric-compatible with Arial), embedded in the document: never a system font. */
const FONT_STACK = BUNDLED_FONT_STACK;

export function reportCss(): string {
  const m = PAGE_MARGINS_MM;
  return `
@page { size: A4 landscape; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FONT_STACK}; font-size: 9.5pt; line-height: 1.3; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen {
  body { background: #5f6368; padding: 8mm 0; }
  .sheet { width: 297mm; min-height: 210mm; margin: 0 auto; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.45); }
}
@media print { body { background: #fff; } .sheet { width: 100%; } }

.kop { text-align: center; padding-bottom: 5px; border-bottom: 3px double #000; margin-bottom: 10px; }
.kop .pemerintah { font-size: 12.5pt; font-weight: bold; letter-spacing: 0.3px; }
.kop .instansi { font-size: 15pt; font-weight: bold; letter-spacing: 0.4px; margin-top: 1px; }
.kop .alamat { font-size: 8.5pt; font-style: italic; margin-top: 2px; }

h1.judul { font-size: 12pt; text-align: center; text-decoration: underline; margin: 0 0 10px; letter-spacing: 0.3px; }

table.identitas { border-collapse: collapse; margin: 0 0 8px; }
table.identitas th { text-align: left; font-weight: normal; padding: 1px 0; white-space: nowrap; vertical-align: top; width: 40mm; }
table.identitas td.titik-dua { padding: 1px 6px; vertical-align: top; }
table.identitas td { padding: 1px 0; vertical-align: top; }
table.identitas td.isi { font-weight: bold; }

table.form { width: calc(100% - 1pt); border-collapse: collapse; table-layout: fixed; }
table.form th, table.form td { border: 0.75pt solid #000; padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.form thead th { background: #e6e6e6; text-align: center; vertical-align: middle; font-weight: bold; }
table.form thead tr.nomor-kolom td { text-align: center; font-size: 7.5pt; padding: 1px; background: #f4f4f4; font-style: italic; }
table.form thead { display: table-header-group; }
table.form tr { break-inside: avoid; page-break-inside: avoid; }
table.form td.center { text-align: center; }
table.form td.check { font-size: 12pt; line-height: 1.1; font-weight: bold; text-align: center; vertical-align: middle; }
table.form td.check svg.centang { display: inline-block; vertical-align: -0.12em; }

.catatan { margin-top: 8px; font-size: 8.5pt; break-inside: avoid; }
.catatan p { margin: 0 0 3px; text-align: justify; }

/* The closing block: the table's last rows, the notes and the signatures stay on one page together, so the
   signatures never stand alone on a page of their own (a form that fills its page carries its last rows over). */
.penutup { break-inside: avoid; page-break-inside: avoid; }
table.form.ekor { border-top: none; }
table.form.ekor tr:first-child td { border-top: none; }

table.ttd { width: 100%; margin-top: 10px; border-collapse: collapse; table-layout: fixed; break-inside: avoid; page-break-inside: avoid; }
table.ttd td { width: 36%; text-align: center; vertical-align: top; padding: 0 4px; }
table.ttd td.spacer { width: 28%; }
table.ttd tr.ruang td { height: 18mm; }
table.ttd .nama { font-weight: bold; text-decoration: underline; }
table.ttd .nama.kosong { text-decoration: none; font-weight: normal; }
`;
}

/**
 * The tick of the check columns, drawn (not a character: the bundled font has no "✓", and a system font's would
 * look different on every machine). It reads as "✓" to assistive technology.
 */
const CHECK_MARK =
  `<svg class="centang" role="img" aria-label="${CHECK}" viewBox="0 0 16 16" width="1em" height="1em">` +
  '<path d="M2.5 8.6 6.2 12.2 13.6 3.8" fill="none" stroke="#000" stroke-width="2.1" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/** The signature block as rows, so both columns' names and NIPs line up whatever the length of their jabatan. */
function signatureTable(block: SignatureBlock): string {
  const { left, right } = block;
  const row = (cls: string, l: string, r: string) => `<tr class="${cls}"><td>${l}</td><td class="spacer"></td><td>${r}</td></tr>`;
  const nama = (side: SignatureColumn | null) =>
    !side ? '' : side.nama ? `<span class="nama">${escapeHtml(side.nama)}</span>` : '<span class="nama kosong">(..............................)</span>';
  const text = (side: SignatureColumn | null, pick: (s: SignatureColumn) => string) => (side ? multiline(pick(side)) : '');
  const pangkat = left?.pangkat || right.pangkat;
  return `<table class="ttd">
    ${row('tempat-tanggal', '', escapeHtml(block.tempatTanggal))}
    ${row('caption', text(left, (s) => s.caption), text(right, (s) => s.caption))}
    ${row('jabatan', text(left, (s) => s.jabatan), text(right, (s) => s.jabatan))}
    ${row('ruang', '', '')}
    ${row('nama-baris', nama(left), nama(right))}
    ${pangkat ? row('pangkat', text(left, (s) => s.pangkat ?? ''), text(right, (s) => s.pangkat ?? '')) : ''}
    ${row('nip', text(left, (s) => s.nipLine), text(right, (s) => s.nipLine))}
  </table>`;
}

function thead(sheet: ReportSheet): string {
  const { columns } = sheet;
  const grouped = columns.some((c) => c.group !== undefined);
  const first: string[] = [];
  const second: string[] = [];
  let c = 0;
  while (c < columns.length) {
    const column = columns[c];
    if (column.group === undefined) {
      first.push(`<th${grouped ? ' rowspan="2"' : ''} scope="col">${escapeHtml(column.header)}</th>`);
      c += 1;
      continue;
    }
    let end = c;
    while (end + 1 < columns.length && columns[end + 1].group === column.group) end += 1;
    first.push(`<th colspan="${end - c + 1}" scope="colgroup">${escapeHtml(column.group)}</th>`);
    for (let k = c; k <= end; k += 1) second.push(`<th scope="col">${escapeHtml(columns[k].header)}</th>`);
    c = end + 1;
  }
  const numbers = columns.map((_, i) => `<td>(${i + 1})</td>`).join('');
  return `<thead>
      <tr>${first.join('')}</tr>
      ${grouped ? `<tr>${second.join('')}</tr>` : ''}
      <tr class="nomor-kolom">${numbers}</tr>
    </thead>`;
}

/** The form as a complete HTML document. */
/** How many of the table's last rows go with the notes and the signatures onto the same page. */
export const ROWS_KEPT_WITH_SIGNATURES = 2;

export function sheetToHtml(sheet: ReportSheet): string {
  const total = sheet.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = sheet.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
  const checkKeys = new Set(sheet.columns.filter((c) => c.group !== undefined).map((c) => c.key));
  const rows = sheet.rows
    .map(
      (record) =>
        `<tr>${sheet.columns
          .map((c) => {
            const text = record[c.key] ?? '';
            if (checkKeys.has(c.key)) return `<td class="check">${text === CHECK ? CHECK_MARK : multiline(text)}</td>`;
            return `<td${c.align === 'center' ? ' class="center"' : ''}>${multiline(text)}</td>`;
          })
          .join('')}</tr>`,
    );
  // The last rows leave the main table for the closing block; the main table keeps at least one row (and its header).
  const split = Math.max(1, rows.length - ROWS_KEPT_WITH_SIGNATURES);
  const body = rows.slice(0, split).join('\n      ');
  const tail = rows.slice(split);
  const { kop, tandaTangan } = sheet;
  const title = escapeHtml(`${sheet.judul} — ${sheet.identitas[0]?.value ?? ''}`);
  const main = `<main class="sheet">
  <header class="kop">
    ${kop.pemerintah ? `<div class="pemerintah">${escapeHtml(kop.pemerintah)}</div>` : ''}
    <div class="instansi">${escapeHtml(kop.instansi)}</div>
    ${kop.alamat ? `<div class="alamat">${escapeHtml(kop.alamat)}</div>` : ''}
  </header>
  <h1 class="judul">${escapeHtml(sheet.judul)}</h1>
  <table class="identitas">
    ${sheet.identitas.map(({ label, value }) => `<tr><th scope="row">${escapeHtml(label)}</th><td class="titik-dua">:</td><td class="isi">${escapeHtml(value)}</td></tr>`).join('\n    ')}
  </table>
  <table class="form">
    <colgroup>${cols}</colgroup>
    ${thead(sheet)}
    <tbody>
      ${body}
    </tbody>
  </table>
  <div class="penutup">
  ${tail.length > 0 ? `<table class="form ekor">
    <colgroup>${cols}</colgroup>
    <tbody>
      ${tail.join('\n      ')}
    </tbody>
  </table>` : ''}
  <section class="catatan">
    ${sheet.catatan.map(({ label, text }) => `<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(text)}</p>`).join('\n    ')}
  </section>
  ${signatureTable(tandaTangan)}
  </div>
</main>`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
${bundledFontFaceCss(title + main)}
${reportCss()}</style>
</head>
<body>
${main}
</body>
</html>
`;
}

/**
 * Chromium's page footer: the form's name on the left, "Halaman X dari Y" on the right. Chromium prints it as a
 * document of its own, so it declares the bundled font itself.
 */
export function footerTemplate(sheet: ReportSheet): string {
  const footer = escapeHtml(sheet.footer);
  return `<style>${bundledFontFaceCss(footer)}</style><div style="font-family: ${escapeHtml(FONT_STACK)}; font-size: 7pt; color: #333; width: 100%; padding: 0 ${PAGE_MARGINS_MM.left}mm; display: flex; justify-content: space-between;">
  <span>${footer}</span>
  <span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span>
</div>`;
}
