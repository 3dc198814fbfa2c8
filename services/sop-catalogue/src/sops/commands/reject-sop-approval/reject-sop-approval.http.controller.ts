import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_APPROVERS } from '../../sop-write.roles';
import { RejectSopApprovalCommand } from './reject-sop-approval.command';
import { RejectSopApprovalRequest } from './reject-sop-approval.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class RejectSopApprovalHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Sends a submitted version back to draft, with the reason. */
  @Post(':id/versions/:version/reject')
  @ApiEndpoint({
    summary: 'Send a submitted version back to draft',
    description: 'Sends the submitted `version` back to draft with the reason, which the drafters read. Kepala Dinas only.',
    body: { type: RejectSopApprovalRequest, example: { reason: 'Waktu langkah 4 belum sesuai' } },
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 3, events: ['SopApprovalRejected'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/reject`,
    problems: [400, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.versionNotFound, SopProblems.notSubmitted, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_APPROVERS)
  async rejectSopApproval(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: RejectSopApprovalRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new RejectSopApprovalCommand(user, params.id, params.version, body, expectedRevision);
    return respond(res, await this.commands.execute<RejectSopApprovalCommand, SopCommandOutcome>(command));
  }
}
