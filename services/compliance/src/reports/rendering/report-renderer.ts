import type { HtmlPdfRenderer } from '@jejak/pdf';
import type { EvaluationForm, MonitoringForm } from '../../domain';
import { evaluationFormCsv, monitoringFormCsv } from './csv';
import { sheetToHtml } from './html';
import { evaluationFormJson, monitoringFormJson } from './json';
import { sheetToPdf } from './pdf';
import type { ReportPrintInfo } from './print-info';
import { evaluationSheet, monitoringSheet, type ReportSheet } from './report-sheet';
import { sheetToXlsx } from './xlsx';

export type ReportFormat = 'json' | 'csv' | 'xlsx' | 'pdf' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'csv', 'xlsx', 'pdf', 'html'];
export const isReportFormat = (value: unknown): value is ReportFormat => REPORT_FORMATS.includes(value as ReportFormat);

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export type ComplianceReport = { kind: 'monitoring'; form: MonitoringForm } | { kind: 'evaluation'; form: EvaluationForm };

export interface RenderedReport {
  format: ReportFormat;
  contentType: string;
  /** ASCII file name, e.g. `monitoring-sop-518-917-kukru-iv-1-v2-2025-01-01_2025-06-30.xlsx`. */
  fileName: string;
  body: Buffer;
}

export interface RenderOptions {
  /** PDF renderer; default the process-wide one of `@jejak/pdf`. */
  pdf?: HtmlPdfRenderer;
}

/** The printed layout of a report (for callers that want the HTML or the XLSX of a sheet they adjust). */
export function reportSheet(report: ComplianceReport, print: ReportPrintInfo): ReportSheet {
  return report.kind === 'monitoring' ? monitoringSheet(report.form, print) : evaluationSheet(report.form, print);
}

/**
 * Renders a monitoring or evaluation form in one format. JSON, CSV, XLSX and HTML are reproducible byte for byte;
 * the PDF embeds its creation time. Errors from the PDF renderer are `PdfError`s (`code` says which).
 */
export async function renderReport(report: ComplianceReport, format: ReportFormat, print: ReportPrintInfo, options: RenderOptions = {}): Promise<RenderedReport> {
  const sheet = reportSheet(report, print);
  const done = (body: Buffer): RenderedReport => ({ format, contentType: REPORT_CONTENT_TYPES[format], fileName: `${sheet.fileStem}.${format}`, body });
  switch (format) {
    case 'json':
      return done(Buffer.from(report.kind === 'monitoring' ? monitoringFormJson(report.form, print) : evaluationFormJson(report.form, print), 'utf8'));
    case 'csv':
      return done(Buffer.from(report.kind === 'monitoring' ? monitoringFormCsv(report.form) : evaluationFormCsv(report.form), 'utf8'));
    case 'xlsx':
      return done(await sheetToXlsx(sheet));
    case 'html':
      return done(Buffer.from(sheetToHtml(sheet), 'utf8'));
    case 'pdf':
      return done(await sheetToPdf(sheet, options.pdf));
  }
}

export const renderMonitoringForm = (form: MonitoringForm, format: ReportFormat, print: ReportPrintInfo, options?: RenderOptions) =>
  renderReport({ kind: 'monitoring', form }, format, print, options);

export const renderEvaluationForm = (form: EvaluationForm, format: ReportFormat, print: ReportPrintInfo, options?: RenderOptions) =>
  renderReport({ kind: 'evaluation', form }, format, print, options);

/** `Content-Disposition` for a download (the file names are ASCII already). */
export const contentDisposition = (fileName: string): string => `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"`;
