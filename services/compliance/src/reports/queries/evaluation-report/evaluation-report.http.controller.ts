import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { RenderedReport } from '../../rendering';
import { negotiateReportFormat } from '../../report-format';
import { ReportRequest } from '../../report-request.dto';
import { rendered, sendReport } from '../../report.response';
import { EvaluationReportQuery } from './evaluation-report.query';

@ApiTags('Laporan')
@ApiBearerAuth()
@Controller('reports')
export class EvaluationReportHttpController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The SOP AP evaluation form ("Formulir Evaluasi Penerapan SOP AP"): the evaluators' Ya / Tidak per criterion
   * (see PUT /sop-evaluations) with the measured figures beside the criteria they bear on. `?format=` or `Accept`.
   */
  @Get('evaluation')
  @ApiEndpoint({
    summary: 'SOP evaluation form',
    description: 'The SOP AP evaluation form of an SOP version and period as JSON, CSV, XLSX, PDF or HTML (format= or Accept).',
    path: '/reports/evaluation',
    problems: [400, 403, 404],
  })
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf', 'text/html')
  async evaluation(@CurrentUser() user: AuthenticatedUser, @Query() query: ReportRequest, @Headers('accept') accept: string | undefined, @Res() res: Response): Promise<void> {
    const format = negotiateReportFormat(query.format, accept);
    sendReport(res, await rendered(() => this.queries.execute<EvaluationReportQuery, RenderedReport>(new EvaluationReportQuery(user, query, format))));
  }
}
