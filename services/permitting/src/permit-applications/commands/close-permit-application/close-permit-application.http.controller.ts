import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { PermitApplicationEvent, PermitApplicationState } from '../../../domain';
import { respond, PermitApplicationCommandResponse } from '../../../shared/permit-application.response';
import { PERMIT_APPLICATION_WRITERS } from '../../../shared/permit-application.roles';
import { PermitApplicationParams } from '../../queries/permit-application/permit-application.request.dto';
import { ClosePermitApplicationCommand } from './close-permit-application.command';
import { ClosePermitApplicationRequest } from './close-permit-application.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class ClosePermitApplicationHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Closes the permit-application (409 PERMIT_APPLICATION_ALREADY_CLOSED; 412 when If-Match is stale). */
  @Post(':id/close')
  @HttpCode(200)
  @Roles(...PERMIT_APPLICATION_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @ApiOkResponse({ type: PermitApplicationCommandResponse })
  async close(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @Body() body: ClosePermitApplicationRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    const command = new ClosePermitApplicationCommand(user, params.id, body.reason, expectedRevision);
    return respond(res, await this.commands.execute<ClosePermitApplicationCommand, CommandOutcome<PermitApplicationEvent, PermitApplicationState>>(command));
  }
}
