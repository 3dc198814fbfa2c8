import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumExecutablePath, launchChromium } from './chromium';
import { PdfRenderError } from './errors';
import { mmToPx, pageSizeMm, type PaperFormat } from './paper';

export interface PageMargins {
  top?: string;
  right?: string;
  bottom?: string;
  left?: string;
}

export interface PdfOptions {
  /** Default A4. */
  format?: PaperFormat;
  /** Default false (portrait). */
  landscape?: boolean;
  /** CSS lengths; default 10mm on every side. A footer template needs room in `bottom`. */
  margin?: PageMargins;
  /**
   * Chromium header/footer templates (HTML; `<span class="pageNumber">`, `totalPages`, `date`, `title` are filled in).
   * They are printed in the margin with their own styles: set a font-size (they default to 0).
   */
  headerTemplate?: string;
  footerTemplate?: string;
  /** Let the document's `@page { size }` win over `format`/`landscape`. Default false. */
  preferCssPageSize?: boolean;
  /** For loading and printing; default 30 s. */
  timeoutMs?: number;
}

export interface ScreenshotOptions {
  /** Viewport in CSS pixels; default the width of the paper (`format`, `landscape`) at 96 dpi. */
  width?: number;
  height?: number;
  format?: PaperFormat;
  landscape?: boolean;
  /** Default true: the whole page, not just the viewport. */
  fullPage?: boolean;
  /** Default 'print', so the picture shows the print styles the PDF uses. */
  media?: 'print' | 'screen';
  /** Default 1. */
  deviceScaleFactor?: number;
  timeoutMs?: number;
}

export interface HtmlPdfRendererOptions {
  /** Chromium executable; default `CHROMIUM_PATH`, else /usr/bin/chromium (read at launch). */
  executablePath?: string;
  /** Pages rendered at the same time; more wait their turn. Default 2 (one per core of a small server). */
  maxConcurrentPages?: number;
}

const DEFAULT_MARGIN = '10mm';
const DEFAULT_TIMEOUT_MS = 30_000;
const LOCAL_PROTOCOLS = new Set(['data:', 'blob:', 'about:']);

/**
 * Waits until every font the laid-out document uses has loaded (`document.fonts.ready`): web fonts load after
 * the `load` event, and a page printed before they arrive would be drawn, and broken into lines, in another font.
 */
export async function fontsLoaded(page: Page): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => document.fonts.status)');
}

/** A counting semaphore: at most `limit` holders at once, the others queue in order. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(limit: number) {
    this.free = Math.max(1, Math.floor(limit));
  }

  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

/**
 * Prints self-contained HTML to PDF (or a PNG picture of it) in headless Chromium.
 *
 * One browser per renderer, launched on first use and reused; each document gets its own browser context,
 * closed afterwards. The document may load nothing from the network: every request other than `data:`/`blob:`
 * is aborted, so HTML built from user text can never make the server fetch a URL. A failed launch is not
 * cached (the next call retries) and a browser that died is relaunched. Call `close()` on shutdown.
 *
 * Errors: `ChromiumNotFoundError` (code `PDF_CHROMIUM_NOT_FOUND`), `ChromiumLaunchError`
 * (`PDF_CHROMIUM_LAUNCH_FAILED`), `PdfRenderError` (`PDF_RENDER_FAILED`); all extend `PdfError`.
 */
export class HtmlPdfRenderer {
  private browser: Promise<Browser> | null = null;
  private readonly slots: Slots;

  constructor(private readonly options: HtmlPdfRendererOptions = {}) {
    this.slots = new Slots(options.maxConcurrentPages ?? 2);
  }

  /** The PDF bytes of `html` printed on `format` paper (default A4 portrait). */
  async render(html: string, options: PdfOptions = {}): Promise<Buffer> {
    const size = pageSizeMm(options.format ?? 'A4', options.landscape ?? false);
    const margin = { top: DEFAULT_MARGIN, right: DEFAULT_MARGIN, bottom: DEFAULT_MARGIN, left: DEFAULT_MARGIN, ...options.margin };
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const templates = options.headerTemplate !== undefined || options.footerTemplate !== undefined;
    return this.withPage('PDF rendering', { width: mmToPx(size.width), height: mmToPx(size.height) }, 1, async (context) => {
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      await page.setContent(html, { waitUntil: 'load', timeout });
      await page.emulateMedia({ media: 'print' });
      await fontsLoaded(page);
      return page.pdf({
        width: `${size.width}mm`,
        height: `${size.height}mm`,
        printBackground: true,
        margin,
        preferCSSPageSize: options.preferCssPageSize ?? false,
        displayHeaderFooter: templates,
        headerTemplate: options.headerTemplate ?? '<span></span>',
        footerTemplate: options.footerTemplate ?? '<span></span>',
      });
    });
  }

  /** A PNG picture of `html` as laid out on a viewport the width of the paper, print styles applied by default. */
  async screenshot(html: string, options: ScreenshotOptions = {}): Promise<Buffer> {
    const size = pageSizeMm(options.format ?? 'A4', options.landscape ?? false);
    const viewport = { width: options.width ?? mmToPx(size.width), height: options.height ?? mmToPx(size.height) };
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return this.withPage('Screenshot', viewport, options.deviceScaleFactor ?? 1, async (context) => {
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      await page.emulateMedia({ media: options.media ?? 'print' });
      await page.setContent(html, { waitUntil: 'load', timeout });
      await fontsLoaded(page);
      return page.screenshot({ fullPage: options.fullPage ?? true, type: 'png', timeout });
    });
  }

  /** Closes the browser (if one was launched). The renderer stays usable: the next call launches again. */
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

  private async withPage<T>(
    what: string,
    viewport: { width: number; height: number },
    deviceScaleFactor: number,
    work: (context: BrowserContext) => Promise<T>,
  ): Promise<T> {
    return this.slots.use(async () => {
      const browser = await this.connected();
      let context: BrowserContext;
      try {
        context = await browser.newContext({ viewport, deviceScaleFactor, javaScriptEnabled: true, offline: true });
      } catch (error) {
        throw new PdfRenderError(what, error);
      }
      try {
        await context.route(
          (url) => !LOCAL_PROTOCOLS.has(url.protocol),
          (route) => route.abort('blockedbyclient'),
        );
        return await work(context);
      } catch (error) {
        throw new PdfRenderError(what, error);
      } finally {
        await context.close().catch(() => undefined);
      }
    });
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

let shared: HtmlPdfRenderer | null = null;

/** The process-wide renderer: one Chromium per process, launched on first use. */
export function sharedHtmlPdfRenderer(): HtmlPdfRenderer {
  shared ??= new HtmlPdfRenderer();
  return shared;
}

/** Closes the process-wide renderer's browser; call it on shutdown (e.g. Nest's `onApplicationShutdown`). */
export async function closeSharedHtmlPdfRenderer(): Promise<void> {
  const renderer = shared;
  shared = null;
  await renderer?.close();
}
