import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_APPROVERS } from '../../sop-write.roles';
import { RejectSopApprovalCommand } from './reject-sop-approval.command';
import { RejectSopApprovalRequest } from './reject-sop-approval.request.dto';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class RejectSopApprovalHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Sends a submitted version back to draft, with the reason. */
  @Post(':id/versions/:version/reject')
  @HttpCode(200)
  @Roles(...SOP_APPROVERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: SopCommandResponse })
  async rejectSopApproval(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: RejectSopApprovalRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new RejectSopApprovalCommand(user, params.id, params.version, body, expectedRevision);
    return respond(res, await this.commands.execute<RejectSopApprovalCommand, SopCommandResult>(command));
  }
}
