import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { ReviseSopCommand } from './revise-sop.command';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class ReviseSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Starts a revision: a new draft version copied from the effective one, which stays readable. */
  @Post(':id/revisions')
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: SopCommandResponse })
  async reviseSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new ReviseSopCommand(user, params.id, expectedRevision);
    return respond(res, await this.commands.execute<ReviseSopCommand, SopCommandResult>(command));
  }
}
