export * from './errors';
export { CHROMIUM_ARGS, chromiumExecutablePath, launchChromium } from './chromium';
export { PAPER_MM, pageSizeMm, mmToPx, mmToPt, type PaperFormat } from './paper';
export {
  HtmlPdfRenderer,
  sharedHtmlPdfRenderer,
  closeSharedHtmlPdfRenderer,
  fontsLoaded,
  type HtmlPdfRendererOptions,
  type PdfOptions,
  type PageMargins,
  type ScreenshotOptions,
} from './html-pdf.renderer';
export { inspectPdf, type PdfSummary } from './pdf-inspect';
export {
  BUNDLED_FONT_PACKAGE,
  BUNDLED_FONT_FAMILY,
  BUNDLED_FONT_STACK,
  BUNDLED_FONT_FACES,
  bundledFontFaceCss,
  bundledFontMetrics,
  type BundledFontFace,
} from './fonts/bundled-fonts';
export { readWoffMetrics, type FontMetrics } from './fonts/woff';
