import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { RenderedReport } from '../../rendering';
import { negotiateReportFormat } from '../../report-format';
import { ReportRequest } from '../../report-request.dto';
import { rendered, sendReport } from '../../report.response';
import { MonitoringReportQuery } from './monitoring-report.query';

@ApiTags('Laporan')
@ApiBearerAuth()
@Controller('reports')
export class MonitoringReportHttpController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The SOP AP monitoring form ("Formulir Monitoring Pelaksanaan SOP AP") of an SOP version over a period, from its
   * cases: per prosedur "Berjalan dengan baik / Tidak berjalan dengan baik" by the rule printed on the form, the
   * notes and the action to take. `?format=json|csv|xlsx|pdf|html` or `Accept`.
   */
  @Get('monitoring')
  @ApiEndpoint({
    summary: 'SOP monitoring form',
    description:
      'The SOP AP monitoring form of an SOP version and period, measured from the cases, as JSON, CSV, XLSX, PDF or HTML (format= or Accept). ' +
      'The place of signing ("Pontianak, 7 Juli 2025") is `tempat`, else the dinas\'s own: the capital of a province tenant, or the kota/kabupaten ' +
      'named in the SOP\'s instansi. When neither tells it, the form is refused (422 `REPORT_PLACE_MISSING`) rather than printed with no place.',
    path: '/reports/monitoring',
    problems: [
      400, 403, 404,
      {
        status: 422,
        code: 'REPORT_PLACE_MISSING',
        detail: 'Tempat penandatanganan formulir untuk Dinas Koperasi dan UKM tidak diketahui: nama instansi tidak menyebut kota atau kabupaten. Isi parameter tempat dengan kota tempat formulir ditandatangani (misalnya tempat=Pacitan), lalu cetak ulang.',
        errors: [{ field: 'tempat', message: 'tempat wajib diisi: kota tempat formulir ditandatangani' }],
        summary: 'No place to print beside the date',
      },
    ],
  })
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf', 'text/html')
  async monitoring(@CurrentUser() user: AuthenticatedUser, @Query() query: ReportRequest, @Headers('accept') accept: string | undefined, @Res() res: Response): Promise<void> {
    const format = negotiateReportFormat(query.format, accept);
    sendReport(res, await rendered(() => this.queries.execute<MonitoringReportQuery, RenderedReport>(new MonitoringReportQuery(user, query, format))));
  }
}
