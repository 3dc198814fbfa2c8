import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.executor';
import { CASE_STAFF } from '../../case.roles';
import { CaseParams } from '../../dto/case-params.dto';
import { CancelCaseCommand } from './cancel-case.command';
import { CancelCaseRequest } from './cancel-case.request.dto';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class CancelCaseHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Cancels an open case, with the reason. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: CaseCommandResponse })
  async cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CaseParams,
    @Body() body: CancelCaseRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseCommandResponse> {
    return respondCase(res, await this.commands.execute<CancelCaseCommand, CaseCommandResult>(new CancelCaseCommand(user, params.id, body.reason, expectedRevision)));
  }
}
