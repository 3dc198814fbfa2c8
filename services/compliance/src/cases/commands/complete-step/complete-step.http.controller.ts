import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.response';
import { CASE_STAFF } from '../../case.roles';
import { CaseStepParams } from '../../dto/case-params.dto';
import { CompleteStepCommand } from './complete-step.command';
import { CompleteStepRequest } from './complete-step.request.dto';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class CompleteStepHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The pelaksana completes the step in progress: which kelengkapan were checked, whether the output was produced, the document. */
  @Post(':id/steps/:stepKey/complete')
  @ApiEndpoint({
    summary: 'Complete a step',
    description: 'The pelaksana completes the step in progress: which kelengkapan were checked, whether the output was produced, the document. Missing kelengkapan are recorded, not refused: compliance reports them.',
    body: { type: CompleteStepRequest, example: { kelengkapanChecked: ['Surat permohonan'], outputProduced: true, documentRef: 'ND/017/2025' } },
    response: { type: CaseCommandResponse },
    ifMatch: true,
    path: '/cases/{id}/steps/1.2/complete',
    problems: [400, { status: 400, code: 'EXTERNAL_EVIDENCE_REQUIRED', detail: 'langkah 3 "Menilai kelayakan kredit" dilaksanakan oleh Bank Pelaksana: catat buktinya (nomor/rujukan surat atau dokumen yang diunggah).' }, 403, { status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 tidak ditemukan' }, { status: 409, code: 'CASE_RUN_BY_ANOTHER_SERVICE', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 dijalankan oleh layanan lain; langkahnya dicatat dari layanan tersebut' }, 409, 412],
  })
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  async complete(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CaseStepParams,
    @Body() body: CompleteStepRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseCommandResponse> {
    const command = new CompleteStepCommand(user, params.id, params.stepKey, body, expectedRevision);
    return respondCase(res, await this.commands.execute<CompleteStepCommand, CaseCommandResult>(command));
  }
}
