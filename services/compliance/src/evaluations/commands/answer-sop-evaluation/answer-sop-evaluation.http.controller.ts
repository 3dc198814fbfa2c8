import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import { SOP_EVALUATORS } from '../../evaluation.roles';
import { AnswerSopEvaluationCommand } from './answer-sop-evaluation.command';
import { AnswerSopEvaluationRequest } from './answer-sop-evaluation.request.dto';

@ApiTags('Laporan')
@ApiBearerAuth()
@Controller('sop-evaluations')
export class AnswerSopEvaluationHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Records the evaluator's "Ya / Tidak", catatan and tindak lanjut on the evaluation form of an SOP version and period. */
  @Put()
  @ApiEndpoint({
    summary: 'Answer the SOP evaluation form',
    description: "Records the evaluator's \"Ya / Tidak\", catatan and tindak lanjut on the evaluation form of an SOP version and period; later answers replace earlier ones.",
    body: { type: AnswerSopEvaluationRequest, example: { sopId: '6f1c2e9b-8d4a-4f1e-9a77-5c2d1e8b4a90', version: 1, dari: '2025-01-01', sampai: '2025-06-30', answers: [{ criterionId: 'mampu-mendorong-kinerja', penilaian: 'Ya' }] } },
    path: '/sop-evaluations',
    problems: [{ status: 400, code: 'EVALUATION_INVALID', detail: 'Jawaban evaluasi tidak valid', errors: [{ field: 'sampai', message: 'sampai tidak boleh sebelum dari' }] }, 403, { status: 404, code: 'SOP_NOT_FOUND', detail: 'SOP 6f1c2e9b-8d4a-4f1e-9a77-5c2d1e8b4a90 tidak ditemukan di dinas Anda' }],
  })
  @HttpCode(200)
  @Roles(...SOP_EVALUATORS)
  answer(@CurrentUser() user: AuthenticatedUser, @Body() body: AnswerSopEvaluationRequest): Promise<{ stream: string; revision: number }> {
    return this.commands.execute(new AnswerSopEvaluationCommand(user, body));
  }
}
