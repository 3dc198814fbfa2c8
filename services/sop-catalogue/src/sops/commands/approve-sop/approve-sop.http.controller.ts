import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_APPROVERS } from '../../sop-write.roles';
import { ApproveSopCommand } from './approve-sop.command';
import { ApproveSopRequest } from './approve-sop.request.dto';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class ApproveSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Approves a submitted version. The approving user must be the document's pengesah (Disahkan oleh). */
  @Post(':id/versions/:version/approve')
  @HttpCode(200)
  @Roles(...SOP_APPROVERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: SopCommandResponse })
  async approveSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: ApproveSopRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new ApproveSopCommand(user, params.id, params.version, body, expectedRevision);
    return respond(res, await this.commands.execute<ApproveSopCommand, SopCommandResult>(command));
  }
}
