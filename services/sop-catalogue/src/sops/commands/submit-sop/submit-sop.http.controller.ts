import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { SubmitSopCommand } from './submit-sop.command';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class SubmitSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Submits the draft for approval (409 SOP_INCOMPLETE lists every missing field). */
  @Post(':id/versions/:version/submit')
  @HttpCode(200)
  @Roles(...SOP_DRAFTERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: SopCommandResponse })
  async submitSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new SubmitSopCommand(user, params.id, params.version, expectedRevision);
    return respond(res, await this.commands.execute<SubmitSopCommand, SopCommandResult>(command));
  }
}
