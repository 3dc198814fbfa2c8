import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.response';
import { CASE_STAFF } from '../../case.roles';
import { CaseStepParams } from '../../dto/case-params.dto';
import { TakeDecisionCommand } from './take-decision.command';
import { TakeDecisionRequest } from './take-decision.request.dto';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class TakeDecisionHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The pelaksana of a decision step answers ya or tidak; "tidak" loops back to the step the SOP names. */
  @Post(':id/steps/:stepKey/decision')
  @ApiEndpoint({
    summary: 'Answer a decision step',
    description:
      'The pelaksana of a decision step answers ya or tidak; "tidak" loops back to the step the SOP names. An answer whose branch names no step ' +
      'is refused (409 DECISION_BRANCH_MISSING): a missing branch never ends the case. For an outside party\'s decision (Bank Pelaksana...) a dinas user records it on its behalf.',
    body: { type: TakeDecisionRequest, example: { answer: 'ya' } },
    response: { type: CaseCommandResponse },
    ifMatch: true,
    path: '/cases/{id}/steps/1.4/decision',
    problems: [
      400,
      { status: 403, code: 'NOT_TEAM_MEMBER', detail: 'Anda bukan anggota tim yang ditugaskan pada kasus ini untuk langkah 3 "Menilai hasil survei". Yang dapat melaksanakannya: Tim Survei: Ani Rahmawati (Analis Kebijakan).' },
      { status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 tidak ditemukan' },
      {
        status: 409,
        code: 'DECISION_BRANCH_MISSING',
        detail: 'Langkah 7 "Memeriksa laporan" pada SOP 518/917/KUKRU-IV-1 Peningkatan Pelayanan PLUT: keputusan "Laporan benar?" tidak memiliki langkah tujuan untuk jawaban "Tidak", sehingga kasus tidak dapat dilanjutkan. Minta penyusun SOP melengkapi langkah tujuan (revisi SOP); kasus tidak dianggap selesai.',
      },
      409,
      412,
    ],
  })
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  async decide(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CaseStepParams,
    @Body() body: TakeDecisionRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseCommandResponse> {
    const command = new TakeDecisionCommand(user, params.id, params.stepKey, body.answer, expectedRevision);
    return respondCase(res, await this.commands.execute<TakeDecisionCommand, CaseCommandResult>(command));
  }
}
