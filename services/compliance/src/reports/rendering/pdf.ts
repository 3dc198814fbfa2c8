import { sharedHtmlPdfRenderer, type HtmlPdfRenderer } from '@jejak/pdf';
import { footerTemplate, PAGE_MARGINS_MM, sheetToHtml } from './html';
import type { ReportSheet } from './report-sheet';

const mm = (value: number) => `${value}mm`;

/**
 * The form printed to an A4 landscape PDF in headless Chromium, page numbers in the footer. Uses the process-wide
 * renderer of `@jejak/pdf` unless one is given. Throws `PdfError` (code `PDF_CHROMIUM_NOT_FOUND`, ...) when it cannot.
 * The bytes embed Chromium's creation time, so compare the HTML (`sheetToHtml`) to check a rebuild.
 */
export function sheetToPdf(sheet: ReportSheet, renderer: HtmlPdfRenderer = sharedHtmlPdfRenderer()): Promise<Buffer> {
  const m = PAGE_MARGINS_MM;
  return renderer.render(sheetToHtml(sheet), {
    format: 'A4',
    landscape: true,
    margin: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) },
    footerTemplate: footerTemplate(sheet),
  });
}

/** A PNG picture of the whole form as shown on screen (an A4 landscape sheet on a grey desk), for tests and previews. */
export function sheetToPng(sheet: ReportSheet, renderer: HtmlPdfRenderer = sharedHtmlPdfRenderer()): Promise<Buffer> {
  return renderer.screenshot(sheetToHtml(sheet), { format: 'A4', landscape: true, media: 'screen' });
}
