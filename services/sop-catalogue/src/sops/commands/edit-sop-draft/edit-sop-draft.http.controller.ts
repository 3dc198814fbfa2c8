import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { plainContent } from '../../dto/sop-content.dto';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { EditSopDraftCommand } from './edit-sop-draft.command';
import { EditSopDraftRequest } from './edit-sop-draft.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';
import { SOP_CONTENT_EXAMPLE } from '../../sop-content.example';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class EditSopDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Replaces the content of the working draft. An effective version never changes (409). */
  @Put(':id/versions/:version/content')
  @ApiEndpoint({
    summary: 'Replace the working draft',
    description:
      'Replaces the whole content of the working draft `version`. Nothing is recorded when nothing changed. ' +
      'A submitted version must be sent back first; an approved or effective version never changes (start a revision). Drafters.',
    body: { type: EditSopDraftRequest, example: { content: SOP_CONTENT_EXAMPLE } },
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 1, events: ['SopDraftEdited'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/content`,
    problems: [400, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.versionNotFound, SopProblems.versionSubmitted, SopProblems.notEditable, SopProblems.retired, 409, 412],
  })
  @Roles(...SOP_DRAFTERS)
  async edit(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: EditSopDraftRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new EditSopDraftCommand(user, params.id, params.version, plainContent(body.content), expectedRevision);
    return respond(res, await this.commands.execute<EditSopDraftCommand, SopCommandOutcome>(command));
  }
}
