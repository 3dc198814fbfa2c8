import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.executor';
import { CASE_STAFF } from '../../case.roles';
import { CaseStepParams } from '../../dto/case-params.dto';
import { StartStepCommand } from './start-step.command';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class StartStepHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The pelaksana starts the step the flow expects next. */
  @Post(':id/steps/:stepKey/start')
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: CaseCommandResponse })
  async start(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CaseStepParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseCommandResponse> {
    return respondCase(res, await this.commands.execute<StartStepCommand, CaseCommandResult>(new StartStepCommand(user, params.id, params.stepKey, expectedRevision)));
  }
}
