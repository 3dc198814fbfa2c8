import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { ConfirmSopProposalCommand } from './confirm-sop-proposal.command';
import { ConfirmSopProposalParams } from './confirm-sop-proposal.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class ConfirmSopProposalHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Confirms an importer's proposal: its value is written into the step of the draft. */
  @Post(':id/versions/:version/proposals/:proposalId/confirm')
  @ApiEndpoint({
    summary: "Confirm an importer's proposal",
    description:
      'Confirms the proposal `proposalId` of the draft `version` (listed with its quoted evidence by `GET /sops/{id}/gaps`): a `pelaksana` ' +
      "proposal becomes the step's pelaksana, a `tidak` proposal the decision's \"tidak\" target. Records `SopProposalConfirmed` with the " +
      'field it filled. 409 when it was confirmed or rejected before, or when its step is no longer in the draft. Drafters.',
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 3, events: ['SopProposalConfirmed'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/proposals/tidak-1.7/confirm`,
    problems: [400, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.proposalNotFound, SopProblems.proposalDecided, SopProblems.proposalStale, SopProblems.versionSubmitted, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  async confirmSopProposal(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ConfirmSopProposalParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new ConfirmSopProposalCommand(user, params.id, params.version, params.proposalId, expectedRevision);
    return respond(res, await this.commands.execute<ConfirmSopProposalCommand, SopCommandOutcome>(command));
  }
}
