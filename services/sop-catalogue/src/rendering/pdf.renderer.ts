import { HtmlPdfRenderer, type HtmlPdfRendererOptions } from '@jejak/pdf';
import { PAGE_MARGIN_MM } from './page-geometry';

export type PdfRendererOptions = HtmlPdfRendererOptions;

/**
 * Prints SOP documents: A4 landscape with the sheet margins the layout was computed for, through the
 * shared headless-Chromium renderer of `@jejak/pdf` (one browser, launched on first use, relaunched
 * after a crash). Call `close()` on shutdown.
 */
export class PdfRenderer {
  private readonly printer: HtmlPdfRenderer;

  constructor(options: PdfRendererOptions = {}) {
    this.printer = new HtmlPdfRenderer(options);
  }

  render(html: string): Promise<Buffer> {
    const margin = `${PAGE_MARGIN_MM}mm`;
    return this.printer.render(html, { format: 'A4', landscape: true, margin: { top: margin, right: margin, bottom: margin, left: margin } });
  }

  close(): Promise<void> {
    return this.printer.close();
  }
}

let processRenderer: PdfRenderer | null = null;

/** Renders with the process-wide renderer (one browser per process, launched lazily). */
export function renderSopPdf(html: string): Promise<Buffer> {
  processRenderer ??= new PdfRenderer();
  return processRenderer.render(html);
}

/** Closes the process-wide renderer's browser; call it on shutdown (e.g. from Nest's `onApplicationShutdown`). */
export async function closeSopPdfRenderer(): Promise<void> {
  const renderer = processRenderer;
  processRenderer = null;
  await renderer?.close();
}
