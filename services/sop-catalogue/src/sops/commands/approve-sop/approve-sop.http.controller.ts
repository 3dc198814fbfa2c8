import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_APPROVERS } from '../../sop-write.roles';
import { ApproveSopCommand } from './approve-sop.command';
import { ApproveSopRequest } from './approve-sop.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class ApproveSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Approves a submitted version. The approving user must be the document's pengesah (Disahkan oleh). */
  @Post(':id/versions/:version/approve')
  @ApiEndpoint({
    summary: 'Approve a submitted version',
    description:
      'Approves (mengesahkan) the submitted `version`. Only the official printed as the document\'s "Disahkan oleh" may approve: ' +
      'the same NIP, or the same name without academic titles (403 `SOP_APPROVER_NOT_PENGESAH`). Completeness is checked again. Kepala Dinas only.',
    body: { type: ApproveSopRequest, example: { jabatan: 'Kepala Dinas Koperasi dan UKM' } },
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 3, events: ['SopApproved'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/approve`,
    problems: [400, 403, SopProblems.approverNotPengesah, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.versionNotFound, SopProblems.notSubmitted, SopProblems.decisionTargetMissing, SopProblems.incomplete, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_APPROVERS)
  async approveSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: ApproveSopRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new ApproveSopCommand(user, params.id, params.version, body, expectedRevision);
    return respond(res, await this.commands.execute<ApproveSopCommand, SopCommandOutcome>(command));
  }
}
