import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { ReviseSopCommand } from './revise-sop.command';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class ReviseSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Starts a revision: a new draft version copied from the effective one, which stays readable. */
  @Post(':id/revisions')
  @ApiEndpoint({
    summary: 'Start a revision',
    description:
      'Starts version n+1 as a draft copied from the latest effective version, which stays in force and readable until the revision ' +
      'takes effect. Only one version may be open at a time. Drafters.',
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 5, events: ['SopRevised'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/revisions`,
    problems: [400, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.draftExists, SopProblems.notEffective, SopProblems.retired, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  async reviseSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new ReviseSopCommand(user, params.id, expectedRevision);
    return respond(res, await this.commands.execute<ReviseSopCommand, SopCommandOutcome>(command));
  }
}
