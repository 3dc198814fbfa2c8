import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { plainContent } from '../../dto/sop-content.dto';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { EditSopDraftCommand } from './edit-sop-draft.command';
import { EditSopDraftRequest } from './edit-sop-draft.request.dto';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class EditSopDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Replaces the content of the working draft. An effective version never changes (409). */
  @Put(':id/versions/:version/content')
  @Roles(...SOP_DRAFTERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: SopCommandResponse })
  async edit(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: EditSopDraftRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new EditSopDraftCommand(user, params.id, params.version, plainContent(body.content), expectedRevision);
    return respond(res, await this.commands.execute<EditSopDraftCommand, SopCommandResult>(command));
  }
}
