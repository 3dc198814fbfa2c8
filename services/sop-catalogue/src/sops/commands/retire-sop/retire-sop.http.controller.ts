import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_OFFICIALS } from '../../sop-write.roles';
import { RetireSopCommand } from './retire-sop.command';
import { RetireSopRequest } from './retire-sop.request.dto';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class RetireSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Retires the SOP from a date. */
  @Post(':id/retire')
  @HttpCode(200)
  @Roles(...SOP_OFFICIALS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: SopCommandResponse })
  async retireSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopParams,
    @Body() body: RetireSopRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new RetireSopCommand(user, params.id, body, expectedRevision);
    return respond(res, await this.commands.execute<RetireSopCommand, SopCommandResult>(command));
  }
}
