import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { PermitApplicationEvent, PermitApplicationState } from '../../../domain';
import { respond, PermitApplicationCommandResponse } from '../../../shared/permit-application.response';
import { PERMIT_APPLICATION_WRITERS } from '../../../shared/permit-application.roles';
import { CreatePermitApplicationCommand } from './create-permit-application.command';
import { CreatePermitApplicationRequest } from './create-permit-application.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class CreatePermitApplicationHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Creates a permit-application in the caller's dinas: 201 with Location and ETag. */
  @Post()
  @HttpCode(201)
  @Roles(...PERMIT_APPLICATION_WRITERS)
  @ApiCreatedResponse({ type: PermitApplicationCommandResponse })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreatePermitApplicationRequest, @Res({ passthrough: true }) res: Response): Promise<PermitApplicationCommandResponse> {
    const outcome = await this.commands.execute<CreatePermitApplicationCommand, CommandOutcome<PermitApplicationEvent, PermitApplicationState>>(new CreatePermitApplicationCommand(user, body.title));
    res.setHeader('Location', `/permit-applications/${outcome.id}`);
    return respond(res, outcome);
  }
}
