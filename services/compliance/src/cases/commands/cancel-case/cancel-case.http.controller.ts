import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.response';
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
  @ApiEndpoint({
    summary: 'Cancel a case',
    description: 'Cancels an open case, with the reason.',
    body: { type: CancelCaseRequest, example: { reason: 'Permohonan ditarik pemohon' } },
    response: { type: CaseCommandResponse },
    ifMatch: true,
    path: '/cases/{id}/cancel',
    problems: [400, 403, { status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 tidak ditemukan' }, 409, 412],
  })
  @HttpCode(200)
  @Roles(...CASE_STAFF)
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
