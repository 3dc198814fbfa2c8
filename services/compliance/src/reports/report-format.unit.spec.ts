import { isDomainError } from '@jejak/domain-kit';
import { stampPdfDocumentDate } from './pdf-document-date';
import { negotiateReportFormat } from './report-format';

describe('negotiateReportFormat', () => {
  it('takes ?format= first, then Accept by quality, then JSON', () => {
    expect(negotiateReportFormat('XLSX', 'application/pdf')).toBe('xlsx');
    expect(negotiateReportFormat(undefined, 'text/html;q=0.5, application/pdf')).toBe('pdf');
    expect(negotiateReportFormat(undefined, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    expect(negotiateReportFormat(undefined, 'text/csv;q=0.9, application/json;q=0.1')).toBe('csv');
    expect(negotiateReportFormat(undefined, '*/*')).toBe('json');
    expect(negotiateReportFormat(undefined, undefined)).toBe('json');
  });

  it('refuses an unknown format, naming the field', () => {
    try {
      negotiateReportFormat('docx', undefined);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isDomainError(error) && error.details.map((d) => d.field)).toEqual(['format']);
    }
  });
});

describe('stampPdfDocumentDate', () => {
  it("replaces Chromium's print time by the document date without moving any byte", () => {
    const pdf = Buffer.from("%PDF-1.4\n/Producer (Skia/PDF m156)\n/CreationDate (D:20251122154439+00'00')\n/ModDate (D:20251122154441+00'00')>>\n", 'latin1');
    const stamped = stampPdfDocumentDate(pdf, '2026-02-27');
    expect(stamped.length).toBe(pdf.length);
    expect(stamped.toString('latin1')).toBe("%PDF-1.4\n/Producer (Skia/PDF m156)\n/CreationDate (D:20260227000000+00'00')\n/ModDate (D:20260227000000+00'00')>>\n");
  });
});
