import { existsSync } from 'node:fs';
import { BUNDLED_FONT_FAMILY, HtmlPdfRenderer, inspectPdf, mmToPt } from '@jejak/pdf';
import { evaluationSheet, monitoringSheet, renderReport, sheetToPdf, sheetToPng } from './index';
import { evaluationFormKalbar, monitoringFormJatimEmpty, monitoringFormKalbar, printJatim, printKalbar, saveOutput } from './testing/report.fixtures';

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

  it('fails with the PDF error code when Chromium is missing', async () => {
    const missing = new HtmlPdfRenderer({ executablePath: '/nonexistent/chromium' });
    await expect(renderReport({ kind: 'monitoring', form: monitoringFormKalbar() }, 'pdf', printKalbar(), { pdf: missing })).rejects.toMatchObject({
      code: 'PDF_CHROMIUM_NOT_FOUND',
    });
  });
});
