import type { SopContent } from '@jejak/contracts';
import { bundledFontFaceCss } from '@jejak/pdf';
import { normaliseSopName } from '../domain/sop-text.normalise';
import { escapeHtml } from './html-escape';
import { layoutFlowchart, type FlowchartLayout } from './flowchart-layout';
import { flowchartTableHtml } from './sop-flowchart.html';
import { identityHtml, type IdentityOptions } from './sop-identity.html';
import { sopDocumentCss } from './sop-document.css';

export interface RenderSopOptions extends IdentityOptions {
  /** Printed in the running head, e.g. "Versi 2". */
  versionLabel?: string;
  /** Large faint text across every sheet, e.g. "DRAF" for a version that is not effective. */
  watermark?: string;
  /** Upper bound of steps per flowchart page. Default 14. */
  maxRowsPerPage?: number;
}

interface Sheet {
  kind: 'identity' | 'flowchart';
  body: string;
  procedureIndex?: number;
}

/**
 * The SOP as the standard two-part SOP AP document (Permenpan RB 35/2012), in Bahasa Indonesia:
 * one identity sheet, then for each (sub-)procedure its flowchart table over as many A4 landscape sheets as it
 * needs, the table header repeated on each. Self-contained HTML (inline CSS and SVG, the bundled font inlined as
 * data: URLs, no external resources except an optional `logoSrc`), pure, every SOP text escaped.
 */
export function renderSopHtml(content: SopContent, options: RenderSopOptions = {}): string {
  const { identity } = content;
  const several = content.procedures.length > 1;
  const sheets: Sheet[] = [{ kind: 'identity', body: identityHtml(identity, options) }];

  content.procedures.forEach((procedure, procedureIndex) => {
    const named = procedure.name.trim() !== '' && normaliseSopName(procedure.name) !== normaliseSopName(identity.nama);
    const title = several || named ? (procedure.name.trim() === '' ? `Prosedur ${procedureIndex + 1}` : procedure.name.trim()) : null;
    const numberedTitle = title !== null && several ? `${procedureIndex + 1}. ${title}` : title;
    if (procedure.steps.length === 0) {
      sheets.push({
        kind: 'flowchart',
        procedureIndex,
        body: `<h2 class="procedure-title">${escapeHtml(numberedTitle ?? 'Prosedur')}</h2><p class="missing">Prosedur ini belum memiliki langkah.</p>`,
      });
      return;
    }
    const layout: FlowchartLayout = layoutFlowchart(procedure, { maxRowsPerPage: options.maxRowsPerPage });
    for (const page of layout.pages) {
      sheets.push({ kind: 'flowchart', procedureIndex, body: flowchartTableHtml({ procedure, procedureIndex, layout, page, title: numberedTitle }) });
    }
  });

  const nomor = identity.nomor === null || identity.nomor.trim() === '' ? '' : ` · Nomor ${identity.nomor.trim()}`;
  const docLabel = `SOP ${identity.nama.trim() === '' ? '(tanpa nama)' : identity.nama.trim()}${nomor}`;
  const version = options.versionLabel === undefined ? '' : ` · ${options.versionLabel}`;
  const watermark = options.watermark === undefined || options.watermark.trim() === '' ? '' : `<div class="watermark" aria-hidden="true">${escapeHtml(options.watermark.trim())}</div>`;
  const body = sheets
    .map(
      (sheet, i) =>
        `<section class="sheet ${sheet.kind}-sheet" data-sheet="${i + 1}"${sheet.procedureIndex === undefined ? '' : ` data-procedure="${sheet.procedureIndex}"`}>` +
        `<div class="sheet-body">` +
        `<header class="sheet-head"><span class="doc">${escapeHtml(docLabel + version)}</span><span class="page">Halaman ${i + 1} dari ${sheets.length}</span></header>` +
        sheet.body +
        `</div>${watermark}</section>`,
    )
    .join('\n');

  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${escapeHtml(docLabel)}</title>
<style>
${bundledFontFaceCss(body)}
${sopDocumentCss()}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
