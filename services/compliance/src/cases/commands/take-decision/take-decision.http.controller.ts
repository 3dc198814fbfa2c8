import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.executor';
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
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: CaseCommandResponse })
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
