import { monitoringFormCsv, evaluationFormCsv, monitoringFormJson, evaluationFormJson, monitoringSheet, sheetToXlsx, xlsxCanonicalDump } from './index';
import { monitoringFormKalbar, evaluationFormKalbar, printKalbar, saveOutput } from './testing/report.fixtures';
it('prints', async () => {
  console.log(JSON.stringify(monitoringFormCsv(monitoringFormKalbar())));
  console.log(JSON.stringify(evaluationFormCsv(evaluationFormKalbar())));
  console.log(monitoringFormJson(monitoringFormKalbar(), printKalbar()));
  const x = await sheetToXlsx(monitoringSheet(monitoringFormKalbar(), printKalbar()));
  saveOutput('scratch.xlsx', x);
  console.log(await xlsxCanonicalDump(x));
});
