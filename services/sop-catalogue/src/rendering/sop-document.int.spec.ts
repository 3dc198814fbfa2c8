import type { Browser } from 'playwright-core';
import type { SopContent } from '@jejak/contracts';
import { renderSopHtml, type RenderSopOptions } from './sop-document.html';
import { PdfRenderer, closeSopPdfRenderer, renderSopPdf } from './pdf.renderer';
import { ChromiumNotFoundError } from './chromium.launcher';
import { PAGE_PX, SHEET } from './page-geometry';
import { UNASSIGNED_LANE_LABEL } from './flowchart-layout';
import { openDocument, requireChromium, saveOutput, screenshotSheets } from './testing/browser.harness';
import { documentScrollWidth, measureDocument, unassignedSymbols, type Measured } from './testing/dom-measure';
import { BUNDLED_FONT_FAMILY, inspectPdf } from '@jejak/pdf';
import { changed } from '../domain/testing/sop-content.builder';
import { kalbarPlutSop } from '../domain/testing/kalbar-plut.fixture';
import { jatimInformasiSop } from '../domain/testing/jatim-informasi.fixture';

/** Renders, screenshots (screen view), measures (print view). */
async function renderAndMeasure(browser: Browser, name: string, content: SopContent, options: RenderSopOptions): Promise<{ html: string; measured: Measured; files: string[] }> {
  const html = renderSopHtml(content, options);
  saveOutput(`${name}.html`, html);
  const page = await openDocument(browser, html);
  try {
    const files = await screenshotSheets(page, name);
    expect(await documentScrollWidth(page)).toBeLessThanOrEqual(PAGE_PX.width);
    return { html, measured: await measureDocument(page), files };
  } finally {
    await page.close();
  }
}

function expectFitsA4Landscape(measured: Measured): void {
  expect(measured.scrollWidth).toBeLessThanOrEqual(PAGE_PX.width);
  for (const sheet of measured.sheets) {
    expect(sheet.width).toBeLessThanOrEqual(SHEET.width);
    expect(sheet.height).toBeLessThanOrEqual(SHEET.height);
  }
  for (const table of measured.tables) expect(table.width).toBeLessThanOrEqual(SHEET.width);
  expect(measured.overflowingCells).toEqual([]);
  expect(measured.rowsOffLayout).toEqual([]);
  expect(measured.misplacedSymbols).toEqual([]);
}

function expectA4LandscapePdf(pdf: Buffer, pages: number): void {
  const summary = inspectPdf(pdf);
  expect(summary.header).toBe('%PDF-');
  expect(summary.pageCount).toBe(pages);
  expect(summary.mediaBoxes.length).toBeGreaterThanOrEqual(1);
  for (const [width, height] of summary.mediaBoxes) {
    // A4 is 841.89 x 595.28 pt; Chromium rounds the paper to 842.88 x 595.92.
    expect(Math.abs(width - 842)).toBeLessThan(2);
    expect(Math.abs(height - 595)).toBeLessThan(2);
  }
  // Every text is drawn in the bundled font (the layout was computed with its metrics), whatever the machine has.
  expect(summary.fonts.length).toBeGreaterThan(0);
  expect(summary.fonts.filter((font) => !font.startsWith(`${BUNDLED_FONT_FAMILY}-`))).toEqual([]);
}

describe('SOP document in headless Chromium', () => {
  let browser: Browser;
  const renderer = new PdfRenderer();

  beforeAll(async () => {
    browser = await requireChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await renderer.close();
    await closeSopPdfRenderer();
  });

  describe('Kalimantan Barat: Peningkatan Pelayanan PLUT (6 pelaksana, 28 langkah, corrections looping back)', () => {
    let result: Awaited<ReturnType<typeof renderAndMeasure>>;
    beforeAll(async () => {
      result = await renderAndMeasure(browser, 'kalbar-plut', kalbarPlutSop(), { pemerintah: 'Pemerintah Provinsi Kalimantan Barat', versionLabel: 'Versi 1' });
    });

    it('draws one lane per pelaksana on every page', () => {
      expect(result.measured.tables.length).toBeGreaterThan(1);
      for (const table of result.measured.tables) {
        expect(table.laneHeads).toEqual(['Fungsional Umum', 'Pendamping PLUT', 'Kasubid', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas']);
      }
    });

    it('draws the standard symbols: two terminators, a diamond per correction, rectangles, off-page connectors between pages', () => {
      const pages = result.measured.tables.length;
      expect(result.measured.symbols).toEqual({
        terminator: 2,
        decision: 8,
        // 18 plain steps, and step 27 (Kasi with Pendamping PLUT) drawn in both lanes.
        process: 19,
        'off-page': 2 * (pages - 1),
      });
    });

    it('links each step to the next and loops each "Tidak" back into its target step\'s row', () => {
      const { connectors } = result.measured;
      for (let no = 1; no < 28; no += 1) {
        expect(connectors.some((c) => c.from === no && c.to === no + 1 && (c.kind === 'flow' || c.kind === 'ya'))).toBe(true);
      }
      const tidak = connectors.filter((c) => c.kind === 'tidak');
      expect(tidak.map((c) => [c.from, c.to])).toEqual([[4, 3], [5, 4], [7, 5], [11, 10], [12, 11], [14, 12], [22, 20], [23, 22]]);
      expect(tidak.every((c) => c.endInTargetRow === true)).toBe(true);
      expect(connectors.filter((c) => c.kind === 'flow' || c.kind === 'ya').every((c) => c.endInTargetRow !== false)).toBe(true);
    });

    it('fits A4 landscape: no horizontal overflow, every sheet on one page, every row as laid out', () => {
      expectFitsA4Landscape(result.measured);
    });

    it('prints to an A4 landscape PDF, one page per sheet', async () => {
      const pdf = await renderer.render(result.html);
      saveOutput('kalbar-plut.pdf', pdf);
      expectA4LandscapePdf(pdf, result.measured.sheets.length);
    });
  });

  describe('Jawa Timur: Pengelolaan Layanan Informasi dan Dokumentasi (two sub-procedures)', () => {
    let result: Awaited<ReturnType<typeof renderAndMeasure>>;
    beforeAll(async () => {
      result = await renderAndMeasure(browser, 'jatim-informasi', jatimInformasiSop(), { pemerintah: 'Pemerintah Provinsi Jawa Timur', watermark: 'DRAF' });
    });

    it('gives each sub-procedure its own flowchart with its own lanes', () => {
      const byProcedure = (procedure: number) => result.measured.tables.filter((table) => table.procedure === procedure);
      expect(byProcedure(0).length).toBeGreaterThanOrEqual(1);
      expect(byProcedure(0)[0].laneHeads).toEqual(['Kepala Dinas', 'Sekretariat', 'Petugas Surat Masuk', 'Petugas Frontliner', 'Peneliti']);
      expect(byProcedure(1).map((table) => table.laneHeads)).toEqual([['Kepala Dinas', 'Unit Kerja', 'Pemohon']]);
      expect(result.measured.symbols.terminator).toBe(4);
      expect(result.measured.symbols.decision).toBeUndefined();
    });

    it('fits A4 landscape', () => {
      expectFitsA4Landscape(result.measured);
    });

    it('prints to an A4 landscape PDF through the process-wide renderer', async () => {
      const pdf = await renderSopPdf(result.html);
      saveOutput('jatim-informasi.pdf', pdf);
      expectA4LandscapePdf(pdf, result.measured.sheets.length);
    });
  });

  describe('a draft with steps whose pelaksana is not decided yet', () => {
    it('draws them in a marked lane with dashed red symbols', async () => {
      const draft = changed(kalbarPlutSop(), (sop) => {
        sop.identity.nomor = null;
        for (const index of [2, 5, 16]) sop.procedures[0].steps[index].pelaksana = [];
      });
      const { html, measured } = await renderAndMeasure(browser, 'kalbar-plut-draf', draft, { watermark: 'DRAF', versionLabel: 'Versi 2 (draf)' });
      for (const table of measured.tables) expect(table.laneHeads.at(-1)).toBe(UNASSIGNED_LANE_LABEL);
      expectFitsA4Landscape(measured);

      const page = await openDocument(browser, html);
      try {
        const marked = await unassignedSymbols(page);
        expect(marked.map((symbol) => symbol.step)).toEqual(['3', '6', '17']);
        for (const symbol of marked) expect(symbol.dash).not.toBe('none');
      } finally {
        await page.close();
      }
    });
  });

  describe('an SOP with a long Dasar Hukum', () => {
    it('keeps the identity on one sheet with a smaller font', async () => {
      const long = changed(jatimInformasiSop(), (sop) => {
        sop.identity.dasarHukum = [...sop.identity.dasarHukum, ...sop.identity.dasarHukum, ...sop.identity.dasarHukum];
        sop.identity.nomor = '000.8.3/01/SOP/2023';
      });
      const { html, measured } = await renderAndMeasure(browser, 'jatim-dasar-hukum-panjang', long, { pemerintah: 'Pemerintah Provinsi Jawa Timur' });
      expectFitsA4Landscape(measured);
      const pdf = await renderer.render(html);
      expectA4LandscapePdf(pdf, measured.sheets.length);
    });
  });

  describe('PdfRenderer', () => {
    it('reuses its browser for several documents and relaunches after close', async () => {
      const own = new PdfRenderer();
      try {
        const html = renderSopHtml(jatimInformasiSop());
        const first = await own.render(html);
        const second = await own.render(html);
        await own.close();
        const third = await own.render(html);
        for (const pdf of [first, second, third]) expect(inspectPdf(pdf).header).toBe('%PDF-');
        expect(inspectPdf(third).pageCount).toBe(inspectPdf(first).pageCount);
      } finally {
        await own.close();
      }
    });

    it('fails with a clear message when Chromium is missing', async () => {
      const missing = new PdfRenderer({ executablePath: '/nonexistent/chromium' });
      await expect(missing.render('<p>x</p>')).rejects.toThrow(ChromiumNotFoundError);
      await expect(missing.render('<p>x</p>')).rejects.toThrow('Chromium not found at /nonexistent/chromium');
    });
  });
});
