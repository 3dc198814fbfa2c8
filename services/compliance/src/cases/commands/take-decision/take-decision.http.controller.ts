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
    description: 'The pelaksana of a decision step answers ya or tidak; "tidak" loops back to the step the SOP names.',
    body: { type: TakeDecisionRequest, example: { answer: 'ya' } },
    response: { type: CaseCommandResponse },
    ifMatch: true,
    path: '/cases/{id}/steps/1.4/decision',
    problems: [400, 403, { status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 tidak ditemukan' }, 409, 412],
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
