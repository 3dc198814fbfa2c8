import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProblemException } from '@jejak/nest-platform';
import { buildMonitoringForm } from '../../../domain';
import { renderMonitoringForm, type RenderedReport } from '../../rendering';
import { withDocumentDate } from '../../pdf-document-date';
import { printInfoOf } from '../../report-print-info';
import { SopReportLoader } from '../../sop-report.loader';
import { MonitoringReportQuery } from './monitoring-report.query';

/** 422: the form would print ", 3 Desember 2026" with no place; says what to send. */
export function placeMissing(instansi: string): ProblemException {
  return new ProblemException({
    status: 422,
    code: 'REPORT_PLACE_MISSING',
    detail:
      `Tempat penandatanganan formulir untuk ${instansi} tidak diketahui: nama instansi tidak menyebut kota atau kabupaten. ` +
      'Isi parameter tempat dengan kota tempat formulir ditandatangani (misalnya tempat=Pacitan), lalu cetak ulang.',
    errors: [{ field: 'tempat', message: 'tempat wajib diisi: kota tempat formulir ditandatangani' }],
  });
}

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
    const print = printInfoOf(data.version.content, request, data.today, data.sop.tenant);
    if (print.tempat === '') throw placeMissing(data.version.content.identity.instansi);
    return withDocumentDate(await renderMonitoringForm(form, format, print), print.tanggal);
  }
}
