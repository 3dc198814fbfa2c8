export * from './print-info';
export * from './report-sheet';
export * from './csv';
export * from './json';
export { sheetToXlsx, linesIn } from './xlsx';
export { normaliseZipTimestamps } from './zip-timestamps';
export { sheetToHtml, reportCss, escapeHtml, footerTemplate, PAGE_MARGINS_MM } from './html';
export { sheetToPdf, sheetToPng } from './pdf';
export * from './report-renderer';
