import type { RenderedReport } from './rendering';

const DATE_ENTRY = /\/(CreationDate|ModDate) \(D:\d{14}((?:[+-]\d{2}'\d{2}')|Z)?\)/g;

/**
 * Chromium stamps a PDF with the moment it printed it (`/CreationDate`, `/ModDate`), the only bytes that differ between
 * two prints of the same form. Stamping the document's own date instead (same length, so no offset moves) makes the
 * PDF a function of the form: a rebuilt read model gives the same bytes.
 */
export function stampPdfDocumentDate(pdf: Buffer, date: string): Buffer {
  const stamp = `D:${date.replace(/-/g, '')}000000`;
  const text = pdf.toString('latin1').replace(DATE_ENTRY, (entry: string, key: string, zone: string | undefined) => {
    const replaced = `/${key} (${stamp}${zone ?? ''})`;
    return replaced.length === entry.length ? replaced : entry;
  });
  return Buffer.from(text, 'latin1');
}

/** The report with its PDF dated by the form's date (other formats unchanged). */
export const withDocumentDate = (report: RenderedReport, date: string): RenderedReport =>
  report.format === 'pdf' ? { ...report, body: stampPdfDocumentDate(report.body, date) } : report;
