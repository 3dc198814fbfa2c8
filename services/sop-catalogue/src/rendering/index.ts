export { renderSopHtml, type RenderSopOptions } from './sop-document.html';
export { PdfRenderer, renderSopPdf, closeSopPdfRenderer, type PdfRendererOptions } from './pdf.renderer';
export { ChromiumNotFoundError, CHROMIUM_ARGS, chromiumExecutablePath, launchChromium } from './chromium.launcher';
export {
  layoutFlowchart,
  laneLabels,
  symbolKind,
  flowToNext,
  paginate,
  UNASSIGNED_LANE_LABEL,
  type FlowchartLayout,
  type FlowchartPageLayout,
  type SymbolKind,
} from './flowchart-layout';
export { escapeHtml } from './html-escape';
export { formatTanggal } from './indonesian-date';
export { A4_LANDSCAPE, PAGE_PX, SHEET } from './page-geometry';
