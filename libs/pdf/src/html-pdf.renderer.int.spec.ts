import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUNDLED_FONT_STACK, bundledFontFaceCss, ChromiumNotFoundError, HtmlPdfRenderer, inspectPdf, isPdfError, mmToPt, PdfError } from './index';

const HTML = `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
  body { font-family: sans-serif; } h1 { font-size: 20px; }
  @media print { .screen-only { display: none; } }
</style></head><body><h1>Formulir Monitoring Pelaksanaan SOP AP</h1><p>Berjalan dengan baik ✓</p><p class="screen-only">layar</p></body></html>`;

/** Chromium rounds the paper to whole device units: A4 comes out 595.92 x 842.88 pt, so allow 2 pt (0.7 mm). */
const expectPoints = (actual: number, mm: number) => expect(Math.abs(actual - mmToPt(mm))).toBeLessThan(2);

/** PNG width and height from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('HtmlPdfRenderer (headless Chromium)', () => {
  const renderer = new HtmlPdfRenderer();

  beforeAll(() => {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    // Fail, never skip, when the browser is missing: CI installs Debian's chromium.
    if (!existsSync(path)) throw new Error(`PDF tests need Chromium at ${path} (apt-get install chromium, or set CHROMIUM_PATH)`);
  });

  afterAll(() => renderer.close());

  it('prints HTML to an A4 portrait PDF by default', async () => {
    const pdf = await renderer.render(HTML);
    const summary = inspectPdf(pdf);
    expect(summary.header).toBe('%PDF-');
    expect(summary.pageCount).toBe(1);
    const [width, height] = summary.mediaBoxes[0];
    expectPoints(width, 210);
    expectPoints(height, 297);
  });

  it('prints A4 landscape, and F4 (215 x 330 mm)', async () => {
    const landscape = inspectPdf(await renderer.render(HTML, { format: 'A4', landscape: true }));
    expectPoints(landscape.mediaBoxes[0][0], 297);
    expectPoints(landscape.mediaBoxes[0][1], 210);
    const f4 = inspectPdf(await renderer.render(HTML, { format: 'F4' }));
    expectPoints(f4.mediaBoxes[0][0], 215);
    expectPoints(f4.mediaBoxes[0][1], 330);
  });

  it('draws a document that embeds the bundled font in it only, whatever fonts the machine has (footer included)', async () => {
    const text = 'Formulir Evaluasi Penerapan SOP AP — Dinas Koperasi, Usaha Kecil dan Menengah';
    const html = `<html><head><style>${bundledFontFaceCss(text)} body { font-family: ${BUNDLED_FONT_STACK}; }</style></head>
      <body><p>${text}</p><p><b>Kepala Dinas</b> <i>catatan</i> <b><i>belum ditentukan</i></b></p></body></html>`;
    const pdf = await renderer.render(html, {
      margin: { bottom: '15mm' },
      footerTemplate: `<style>${bundledFontFaceCss()}</style><div style="font-family: ${BUNDLED_FONT_STACK}; font-size: 8px">Halaman <span class="pageNumber"></span></div>`,
    });
    expect(inspectPdf(pdf).fonts).toEqual(['Arimo-Bold', 'Arimo-BoldItalic', 'Arimo-Italic', 'Arimo-Regular']);
  });

  it('breaks long documents into pages and prints a footer template', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `<p>Baris ${i + 1}</p>`).join('');
    const pdf = await renderer.render(`<html><body>${rows}</body></html>`, {
      margin: { bottom: '15mm' },
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Halaman <span class="pageNumber"></span></div>',
    });
    expect(inspectPdf(pdf).pageCount).toBeGreaterThan(1);
  });

  it('takes a PNG screenshot the width of the paper, with print styles', async () => {
    const png = await renderer.screenshot(HTML, { landscape: true });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png).width).toBe(1123);
  });

  it('renders several documents at once on one browser', async () => {
    const pdfs = await Promise.all([1, 2, 3, 4].map((n) => renderer.render(`<p>Dokumen ${n}</p>`)));
    expect(pdfs.every((pdf) => inspectPdf(pdf).header === '%PDF-')).toBe(true);
  });

  it('never fetches from the network while printing', async () => {
    let requests = 0;
    const server: Server = createServer((_, res) => {
      requests += 1;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const pdf = await renderer.render(`<img src="http://127.0.0.1:${port}/logo.png"><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"><p>x</p>`);
      expect(inspectPdf(pdf).header).toBe('%PDF-');
      expect(requests).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('relaunches after close', async () => {
    await renderer.close();
    expect(inspectPdf(await renderer.render(HTML)).header).toBe('%PDF-');
  });

  it('fails with a typed error, with a code, when Chromium is missing', async () => {
    const missing = new HtmlPdfRenderer({ executablePath: '/nonexistent/chromium' });
    const error = await missing.render(HTML).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    expect(error).toBeInstanceOf(PdfError);
    expect(isPdfError(error) && error.code).toBe('PDF_CHROMIUM_NOT_FOUND');
    expect((error as Error).message).toContain('Chromium not found at /nonexistent/chromium');
    // The failed launch is not cached: it is tried again (and fails again) on the next call.
    await expect(missing.screenshot(HTML)).rejects.toMatchObject({ code: 'PDF_CHROMIUM_NOT_FOUND' });
    await missing.close();
  });

  it('reads CHROMIUM_PATH at launch time', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/from-env';
    try {
      await expect(new HtmlPdfRenderer().render(HTML)).rejects.toMatchObject({ code: 'PDF_CHROMIUM_NOT_FOUND', executablePath: '/nonexistent/from-env' });
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
