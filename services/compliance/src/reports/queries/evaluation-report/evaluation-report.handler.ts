import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { buildEvaluationForm } from '../../../domain';
import { renderEvaluationForm, type RenderedReport } from '../../rendering';
import { withDocumentDate } from '../../pdf-document-date';
import { printInfoOf } from '../../report-print-info';
import { SopReportLoader } from '../../sop-report.loader';
import { EvaluationReportQuery } from './evaluation-report.query';

@QueryHandler(EvaluationReportQuery)
export class EvaluationReportHandler implements IQueryHandler<EvaluationReportQuery, RenderedReport> {
  constructor(private readonly loader: SopReportLoader) {}

  async execute({ user, request, format }: EvaluationReportQuery): Promise<RenderedReport> {
    const data = await this.loader.load(user, request);
    const form = buildEvaluationForm({
      sop: { sopId: data.sop.sopId, version: data.version.version, content: data.version.content },
      periode: { dari: request.dari, sampai: request.sampai },
      answers: data.answers,
      figures: data.figures,
    });
    const print = printInfoOf(data.version.content, request, data.today);
    return withDocumentDate(await renderEvaluationForm(form, format, print), print.tanggal);
  }
}
