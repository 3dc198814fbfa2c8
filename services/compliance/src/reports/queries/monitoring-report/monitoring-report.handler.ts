import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { buildMonitoringForm } from '../../../domain';
import { renderMonitoringForm, type RenderedReport } from '../../rendering';
import { withDocumentDate } from '../../pdf-document-date';
import { printInfoOf } from '../../report-print-info';
import { SopReportLoader } from '../../sop-report.loader';
import { MonitoringReportQuery } from './monitoring-report.query';

@QueryHandler(MonitoringReportQuery)
export class MonitoringReportHandler implements IQueryHandler<MonitoringReportQuery, RenderedReport> {
  constructor(private readonly loader: SopReportLoader) {}

  async execute({ user, request, format }: MonitoringReportQuery): Promise<RenderedReport> {
    const data = await this.loader.load(user, request);
    const form = buildMonitoringForm({
      sop: { sopId: data.sop.sopId, version: data.version.version, content: data.version.content },
      periode: { dari: request.dari, sampai: request.sampai },
      steps: data.figures.steps,
    });
    const print = printInfoOf(data.version.content, request, data.today);
    return withDocumentDate(await renderMonitoringForm(form, format, print), print.tanggal);
  }
}
