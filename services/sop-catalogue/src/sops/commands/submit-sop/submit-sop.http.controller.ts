import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { SubmitSopCommand } from './submit-sop.command';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class SubmitSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Submits the draft for approval (409 SOP_INCOMPLETE lists every missing field). */
  @Post(':id/versions/:version/submit')
  @ApiEndpoint({
    summary: 'Submit a draft for approval',
    description:
      'Submits the draft `version` to the Kepala Dinas. The content must be complete: otherwise 409 `SOP_INCOMPLETE` ' +
      'lists every missing field and step with its path and an Indonesian message. ' +
      'A decision step without a "ya" or "tidak" target is refused first with 409 `SOP_DECISION_TARGET_MISSING`, listing each ' +
      'decision (step number and name), so that a case never ends because a branch is missing. Where an importer proposal ' +
      'still to confirm would fill a missing field, its message names the proposal with its quoted evidence (confirm or reject it, ' +
      'see `GET /sops/{id}/gaps`). Drafters.',
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 2, events: ['SopSubmittedForApproval'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/submit`,
    problems: [400, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.versionNotFound, SopProblems.decisionTargetMissing, SopProblems.incomplete, SopProblems.alreadySubmitted, SopProblems.alreadyApproved, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  async submitSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new SubmitSopCommand(user, params.id, params.version, expectedRevision);
    return respond(res, await this.commands.execute<SubmitSopCommand, SopCommandOutcome>(command));
  }
}
