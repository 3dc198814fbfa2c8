import { EvaluationReportHandler } from './queries/evaluation-report/evaluation-report.handler';
import { EvaluationReportHttpController } from './queries/evaluation-report/evaluation-report.http.controller';
import { MonitoringReportHandler } from './queries/monitoring-report/monitoring-report.handler';
import { MonitoringReportHttpController } from './queries/monitoring-report/monitoring-report.http.controller';
import { PdfRendererLifecycle } from './pdf-renderer.lifecycle';
import { SopReportLoader } from './sop-report.loader';
import type { ServiceSlice } from '@jejak/service-kit';

export const reportsSlice: ServiceSlice = {
  controllers: [MonitoringReportHttpController, EvaluationReportHttpController],
  providers: [PdfRendererLifecycle, SopReportLoader, MonitoringReportHandler, EvaluationReportHandler],
};
