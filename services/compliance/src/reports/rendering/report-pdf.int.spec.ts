import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_FONT_FAMILY, HtmlPdfRenderer, inspectPdf, mmToPt } from '@jejak/pdf';
import { evaluationSheet, monitoringSheet, renderReport, sheetToPdf, sheetToPng } from './index';
import { evaluationFormKalbar, monitoringFormJatimEmpty, monitoringFormKalbar, printJatim, printKalbar, saveOutput } from './testing/report.fixtures';

const PDFTOTEXT = '/usr/bin/pdftotext';

/** The text of each page of a PDF (poppler's pdftotext separates pages with a form feed). */
function pdfPagesText(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-pdf-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((page) => page.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('PDF of the forms (headless Chromium)', () => {
  const renderer = new HtmlPdfRenderer();

  beforeAll(() => {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(path)) throw new Error(`PDF tests need Chromium at ${path} (apt-get install chromium, or set CHROMIUM_PATH)`);
  });

  afterAll(() => renderer.close());

  const expectA4Landscape = (pdf: Buffer) => {
    const summary = inspectPdf(pdf);
    expect(summary.header).toBe('%PDF-');
    expect(summary.pageCount).toBeGreaterThanOrEqual(1);
    for (const [width, height] of summary.mediaBoxes) {
      expect(Math.abs(width - mmToPt(297))).toBeLessThan(2);
      expect(Math.abs(height - mmToPt(210))).toBeLessThan(2);
    }
    // Every text, the footer included, is drawn in the bundled font, whatever fonts the machine has.
    expect(summary.fonts.length).toBeGreaterThan(0);
    expect(summary.fonts.filter((font) => !font.startsWith(`${BUNDLED_FONT_FAMILY}-`))).toEqual([]);
    return summary;
  };

  it('prints the monitoring form on A4 landscape, and saves a picture of it to look at', async () => {
    const sheet = monitoringSheet(monitoringFormKalbar(), printKalbar());
    const pdf = await sheetToPdf(sheet, renderer);
    expectA4Landscape(pdf);
    expect(pdf.toString('latin1')).toContain('/Title');
    saveOutput('monitoring-kalbar.pdf', pdf);
    const png = await sheetToPng(sheet, renderer);
    saveOutput('monitoring-kalbar.png', png);
    expect(pngSize(png).width).toBe(1123);
  });

  it('prints the evaluation form', async () => {
    const sheet = evaluationSheet(evaluationFormKalbar(), printKalbar());
    const pdf = await sheetToPdf(sheet, renderer);
    expectA4Landscape(pdf);
    saveOutput('evaluasi-kalbar.pdf', pdf);
    saveOutput('evaluasi-kalbar.png', await sheetToPng(sheet, renderer));
  });

  it('prints an unassessed form through renderReport', async () => {
    const report = await renderReport({ kind: 'monitoring', form: monitoringFormJatimEmpty() }, 'pdf', printJatim(), { pdf: renderer });
    expect(report).toMatchObject({ contentType: 'application/pdf', fileName: expect.stringMatching(/^monitoring-sop-pengelolaan-layanan-informasi-dan-dokumentasi-v1-2025-01-01_2025-06-30\.pdf$/) });
    expectA4Landscape(report.body);
    saveOutput('monitoring-jatim.pdf', report.body);
    saveOutput('monitoring-jatim.png', await sheetToPng(monitoringSheet(monitoringFormJatimEmpty(), printJatim()), renderer));
  });

  it('breaks a long form over pages, repeating the table header', async () => {
    const form = monitoringFormKalbar();
    const rows = Array.from({ length: 40 }, (_, i) => ({ ...form.rows[i % form.rows.length], no: i + 1 }));
    const pdf = await sheetToPdf(monitoringSheet({ ...form, rows }, printKalbar()), renderer);
    expect(expectA4Landscape(pdf).pageCount).toBeGreaterThanOrEqual(3);
    saveOutput('monitoring-panjang.pdf', pdf);
  });

  it('keeps the signatures on a page with the last rows of the table, never on a page of their own', async () => {
    if (!existsSync(PDFTOTEXT)) throw new Error(`this test reads the PDF's pages with ${PDFTOTEXT} (apt-get install poppler-utils)`);
    const form = monitoringFormKalbar();
    const signer = printKalbar().mengetahui.nama;
    // Row counts around a full page: with the old layout some of them pushed the signature block alone onto the last page.
    for (const count of [10, 11, 12, 13, 14, 15, 16, 17, 18]) {
      const rows = Array.from({ length: count }, (_, i) => ({ ...form.rows[i % form.rows.length], no: i + 1, prosedur: i === count - 1 ? 'LANGKAH PENUTUP' : `Langkah ${i + 1}` }));
      const pdf = await sheetToPdf(monitoringSheet({ ...form, rows }, printKalbar()), renderer);
      if (count === 10) saveOutput('monitoring-penutup.pdf', pdf);
      const pages = pdfPagesText(pdf);
      const last = pages[pages.length - 1];
      expect({ count, signatureOnLastPage: last.includes(signer), lastRowOnLastPage: last.includes('LANGKAH PENUTUP') }).toEqual({ count, signatureOnLastPage: true, lastRowOnLastPage: true });
    }
  }, 120_000);

  it('fails with the PDF error code when Chromium is missing', async () => {
    const missing = new HtmlPdfRenderer({ executablePath: '/nonexistent/chromium' });
    await expect(renderReport({ kind: 'monitoring', form: monitoringFormKalbar() }, 'pdf', printKalbar(), { pdf: missing })).rejects.toMatchObject({
      code: 'PDF_CHROMIUM_NOT_FOUND',
    });
  });
});
