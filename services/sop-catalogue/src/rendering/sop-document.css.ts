import { A4_LANDSCAPE, PAGE_MARGIN_MM, SHEET, TYPE } from './page-geometry';
import { IDENTITY_COLUMNS } from './sop-identity.layout';

/**
 * Styles of the SOP document. Print: A4 landscape, 10 mm margins, one `.sheet` per page.
 * Screen: the same sheets on a grey desk, each the size of an A4 landscape page.
 */
export function sopDocumentCss(): string {
  return `
@page { size: A4 landscape; margin: ${PAGE_MARGIN_MM}mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${TYPE.fontFamily}; font-size: ${TYPE.body}px; line-height: ${TYPE.bodyLine}px; color: #000;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; background: #fff; overflow: visible; }
.sheet-body { width: ${SHEET.width}px; }
@media screen {
  body { background: #5f6368; padding: 6mm 0; }
  .sheet { width: ${A4_LANDSCAPE.widthMm}mm; min-height: ${A4_LANDSCAPE.heightMm}mm; margin: 0 auto 6mm; padding: ${PAGE_MARGIN_MM}mm; box-shadow: 0 1px 4px rgba(0,0,0,.45); }
  .sheet:last-child { margin-bottom: 0; }
}
@media print {
  body { background: #fff; }
  .sheet { width: ${SHEET.width}px; margin: 0; padding: 0; break-after: page; }
  .sheet:last-child { break-after: auto; }
}
.sheet-head { display: flex; justify-content: space-between; align-items: flex-end; height: 20px; padding-bottom: 4px;
  font-size: ${TYPE.small}px; line-height: ${TYPE.smallLine}px; color: #333; white-space: nowrap; overflow: hidden; }
.sheet-head .doc { overflow: hidden; text-overflow: ellipsis; padding-right: 12px; }
.sheet-head .status { font-weight: bold; color: #b3261e; margin-right: 10px; }
.watermark { position: absolute; left: 0; right: 0; top: 40%; text-align: center; font-size: 120px; line-height: 120px; font-weight: bold;
  color: rgba(179, 38, 30, 0.08); transform: rotate(-18deg); pointer-events: none; z-index: 5; letter-spacing: 12px; }

table { border-collapse: collapse; table-layout: fixed; }
th, td { border: ${TYPE.border}px solid #000; padding: ${TYPE.cellPadY}px ${TYPE.cellPadX}px; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; word-break: normal; hyphens: manual; }
th { font-weight: bold; }
ol, ul { margin: 0; padding-left: 16px; }
p { margin: 0; }
.missing { color: #b3261e; font-style: italic; }
.empty { color: #555; }

/* Identity: sizes in em of the table's font, which shrinks for long lists (see sop-identity.layout.ts). */
table.identity { width: ${SHEET.width - TYPE.border}px; }
table.identity col.left { width: ${IDENTITY_COLUMNS.left * 100}%; }
table.identity col.label { width: ${IDENTITY_COLUMNS.label * 100}%; }
table.identity col.value { width: ${IDENTITY_COLUMNS.value * 100}%; }
table.identity th[scope=row] { background: #f1f1f1; font-weight: bold; white-space: nowrap; vertical-align: middle; }
table.identity td.instansi { text-align: center; vertical-align: middle; padding: 10px 14px; }
table.identity .logo { display: block; margin: 0 auto 8px; max-height: 70px; max-width: 70px; }
table.identity .pemerintah, table.identity .instansi-name, table.identity .unit { text-transform: uppercase; font-weight: bold; }
table.identity .pemerintah { font-size: 1.14em; line-height: 1.5em; }
table.identity .instansi-name { font-size: 1.33em; line-height: 1.36em; margin: 2px 0; }
table.identity .unit { font-size: 1.14em; line-height: 1.5em; }
table.identity td.nomor, table.identity td.nama-sop { font-weight: bold; }
table.identity td.nama-sop { text-transform: uppercase; font-size: 1.14em; line-height: 1.25em; }
table.identity td.pengesah { text-align: center; }
table.identity td.pengesah .ttd { height: 3.24em; }
table.identity td.pengesah .nama-pengesah { font-weight: bold; text-decoration: underline; }
table.identity ol { padding-left: ${16}px; }
table.identity tr.section th { background: #f1f1f1; border-bottom: none; }
table.identity tr.section-body td { border-top: none; padding-top: 1px; padding-bottom: 6px; }

/* Flowchart */
.procedure-title { margin: 0; font-size: 11px; line-height: 14px; font-weight: bold; padding-top: 2px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.procedure-title .cont { font-weight: normal; font-style: italic; }
table.flow { font-size: ${TYPE.body}px; line-height: ${TYPE.bodyLine}px; }
table.flow thead th { background: #e6e6e6; text-align: center; vertical-align: middle; font-size: ${TYPE.header}px; line-height: ${TYPE.headerLine}px; }
table.flow thead th.lane.unassigned { background: #fde7e5; color: #b3261e; font-style: italic; }
table.flow td.no, table.flow td.waktu { text-align: center; }
table.flow td.lanes { position: relative; padding: 0; vertical-align: top; }
table.flow .lanes-box { position: absolute; left: 0; top: 0; }
table.flow .lanes-box svg { display: block; overflow: visible; }
table.flow ul { padding-left: 11px; }
table.flow .note { font-size: ${TYPE.small}px; line-height: ${TYPE.smallLine}px; color: #444; font-style: italic; margin-top: 2px; }
table.flow .note.unassigned { color: #b3261e; font-weight: bold; }

svg.flowchart { font-family: ${TYPE.fontFamily}; }
svg.flowchart .grid line { stroke: #8a8a8a; stroke-width: 0.75; }
svg.flowchart .unassigned-lane { fill: #fdf1f0; }
svg.flowchart .symbol rect, svg.flowchart .symbol polygon { fill: #fff; stroke: #000; stroke-width: 1.2; }
svg.flowchart .symbol.unassigned rect, svg.flowchart .symbol.unassigned polygon { fill: #fde7e5; stroke: #b3261e; stroke-dasharray: 4 2; stroke-width: 1.4; }
svg.flowchart .unassigned-mark { fill: #b3261e; font-size: 11px; font-weight: bold; }
svg.flowchart .symbol.off-page polygon { fill: #fff; stroke: #000; stroke-width: 1.1; }
svg.flowchart .symbol.off-page text { font-size: 8px; font-weight: bold; dominant-baseline: middle; }
svg.flowchart .connector polyline { fill: none; stroke: #000; stroke-width: 1; }
svg.flowchart .connector.join polyline { stroke-dasharray: 3 2; }
svg.flowchart .connector.tidak polyline { stroke: #000; }
svg.flowchart marker path { fill: #000; }
svg.flowchart .branch-label { font-size: 7.5px; font-weight: bold; fill: #000; paint-order: stroke; stroke: #fff; stroke-width: 2.5px; }
`;
}
