import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.executor';
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
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: CaseCommandResponse })
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
