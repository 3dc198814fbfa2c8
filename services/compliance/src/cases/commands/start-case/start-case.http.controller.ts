import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.executor';
import { CASE_STAFF } from '../../case.roles';
import { StartCaseCommand } from './start-case.command';
import { StartCaseRequest } from './start-case.request.dto';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class StartCaseHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Starts a case of an SOP in the caller's dinas, pinned to the version in force today (for SOPs no other service runs). */
  @Post()
  @HttpCode(201)
  @Roles(...CASE_STAFF)
  @ApiCreatedResponse({ type: CaseCommandResponse })
  async start(@CurrentUser() user: AuthenticatedUser, @Body() body: StartCaseRequest, @Res({ passthrough: true }) res: Response): Promise<CaseCommandResponse> {
    const result = await this.commands.execute<StartCaseCommand, CaseCommandResult>(new StartCaseCommand(user, body));
    res.setHeader('Location', `/cases/${result.caseId}`);
    return respondCase(res, result);
  }
}
