import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { RejectSopProposalCommand } from './reject-sop-proposal.command';
import { RejectSopProposalParams } from './reject-sop-proposal.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class RejectSopProposalHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Rejects an importer's proposal: the step stays as it is (fill it by editing the draft). */
  @Post(':id/versions/:version/proposals/:proposalId/reject')
  @ApiEndpoint({
    summary: "Reject an importer's proposal",
    description:
      'Rejects the proposal `proposalId` of the draft `version`: the step is left as it is, and the empty field is then listed by ' +
      '`GET /sops/{id}/gaps` as missing, to be filled through `PUT /sops/{id}/versions/{version}/content`. Records `SopProposalRejected`. Drafters.',
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 3, events: ['SopProposalRejected'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/proposals/pelaksana-1.4/reject`,
    problems: [400, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.proposalNotFound, SopProblems.proposalDecided, SopProblems.versionSubmitted, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  async rejectSopProposal(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: RejectSopProposalParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new RejectSopProposalCommand(user, params.id, params.version, params.proposalId, expectedRevision);
    return respond(res, await this.commands.execute<RejectSopProposalCommand, SopCommandOutcome>(command));
  }
}
