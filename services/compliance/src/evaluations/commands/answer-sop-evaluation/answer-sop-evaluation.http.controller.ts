import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
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
  @HttpCode(200)
  @Roles(...SOP_EVALUATORS)
  answer(@CurrentUser() user: AuthenticatedUser, @Body() body: AnswerSopEvaluationRequest): Promise<{ stream: string; revision: number }> {
    return this.commands.execute(new AnswerSopEvaluationCommand(user, body));
  }
}
