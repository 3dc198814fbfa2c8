import type { Browser } from 'playwright-core';
import { chromiumExecutablePath, launchChromium } from './chromium.launcher';
import { PAGE_MARGIN_MM } from './page-geometry';

export interface PdfRendererOptions {
  /** Chromium executable; default `CHROMIUM_PATH` or /usr/bin/chromium. */
  executablePath?: string;
}

/**
 * Prints HTML to an A4 landscape PDF in headless Chromium. One browser per renderer, launched on first use
 * and reused; each document gets its own browser context. A failed launch is not cached (the next call
 * retries), and a browser that crashed is relaunched. Call `close()` on shutdown.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly options: PdfRendererOptions = {}) {}

  async render(html: string): Promise<Buffer> {
    const browser = await this.connected();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const margin = `${PAGE_MARGIN_MM}mm`;
      return await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        margin: { top: margin, right: margin, bottom: margin, left: margin },
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser === null) return;
    try {
      await (await browser).close();
    } catch {
      // The launch failed or the browser is already gone: nothing to close.
    }
  }

  private connected(): Promise<Browser> {
    if (this.browser === null) {
      const launching = launchChromium(this.options.executablePath ?? chromiumExecutablePath());
      this.browser = launching;
      launching.then(
        (browser) =>
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = null;
          }),
        () => {
          if (this.browser === launching) this.browser = null;
        },
      );
    }
    return this.browser;
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
