export * from './errors';
export { CHROMIUM_ARGS, chromiumExecutablePath, launchChromium } from './chromium';
export { PAPER_MM, pageSizeMm, mmToPx, mmToPt, type PaperFormat } from './paper';
export {
  HtmlPdfRenderer,
  sharedHtmlPdfRenderer,
  closeSharedHtmlPdfRenderer,
  type HtmlPdfRendererOptions,
  type PdfOptions,
  type PageMargins,
  type ScreenshotOptions,
} from './html-pdf.renderer';
export { inspectPdf, type PdfSummary } from './pdf-inspect';
