import { EvaluationReportHandler } from './queries/evaluation-report/evaluation-report.handler';
import { EvaluationReportHttpController } from './queries/evaluation-report/evaluation-report.http.controller';
import { MonitoringReportHandler } from './queries/monitoring-report/monitoring-report.handler';
import { MonitoringReportHttpController } from './queries/monitoring-report/monitoring-report.http.controller';
import { PdfRendererLifecycle } from './pdf-renderer.lifecycle';
import { SopReportLoader } from './sop-report.loader';

export const REPORT_CONTROLLERS = [MonitoringReportHttpController, EvaluationReportHttpController];
export const REPORT_PROVIDERS = [PdfRendererLifecycle, SopReportLoader, MonitoringReportHandler, EvaluationReportHandler];
