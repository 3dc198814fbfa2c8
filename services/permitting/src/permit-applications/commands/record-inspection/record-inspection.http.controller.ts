import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { RecordInspectionCommand } from './record-inspection.command';
import { RecordInspectionRequest } from './record-inspection.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class RecordInspectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/inspection')
  @HttpCode(200)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Record the field inspection and its report',
    description: 'Ya/tidak for every check of the permit type, and the inspection report, after verification. 400 INSPECTION_INVALID names the answers.',
    body: { type: RecordInspectionRequest, example: { answers: [{ check: 'data-perusahaan-sesuai', answer: 'ya' }, { check: 'kapasitas-produksi-sesuai', answer: 'ya' }], report: 'Lokasi dan kapasitas produksi sesuai data SIINas' } },
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/inspection',
    problems: [{ status: 400, code: 'INSPECTION_INVALID', detail: 'Hasil pemeriksaan lapangan tidak valid' }, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, { status: 409, code: 'APPLICATION_NOT_VERIFIED', detail: 'Pemeriksaan lapangan setelah berkas diverifikasi lengkap' }, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @Body() body: RecordInspectionRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<RecordInspectionCommand, ApplicationOutcome>(new RecordInspectionCommand(user, params, body, expectedRevision)));
  }
}
