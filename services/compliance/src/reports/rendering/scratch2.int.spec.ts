import { HtmlPdfRenderer } from '@jejak/pdf';
import { monitoringSheet, evaluationSheet, sheetToPdf, sheetToHtml } from './index';
import { monitoringFormKalbar, evaluationFormKalbar, printKalbar, printJatim, monitoringFormJatimEmpty, saveOutput } from './testing/report.fixtures';
const r = new HtmlPdfRenderer();
afterAll(() => r.close());
it('prints', async () => {
  for (const [name, sheet] of [['mon', monitoringSheet(monitoringFormKalbar(), printKalbar())], ['eva', evaluationSheet(evaluationFormKalbar(), printKalbar())], ['jatim', monitoringSheet(monitoringFormJatimEmpty(), printJatim())]] as const) {
    saveOutput(`scratch-${name}.pdf`, await sheetToPdf(sheet, r));
    saveOutput(`scratch-${name}.html`, sheetToHtml(sheet));
    saveOutput(`scratch-${name}.png`, await r.screenshot(sheetToHtml(sheet), { landscape: true, media: 'print' }));
  }
});
