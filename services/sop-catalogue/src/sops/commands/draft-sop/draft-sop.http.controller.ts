import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { plainContent } from '../../dto/sop-content.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { DraftSopCommand } from './draft-sop.command';
import { DraftSopRequest } from './draft-sop.request.dto';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class DraftSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Drafts a new SOP (version 1) in the caller's dinas. */
  @Post()
  @HttpCode(201)
  @Roles(...SOP_DRAFTERS)
  @ApiCreatedResponse({ type: SopCommandResponse })
  async draft(@CurrentUser() user: AuthenticatedUser, @Body() body: DraftSopRequest, @Res({ passthrough: true }) res: Response): Promise<SopCommandResponse> {
    const result = await this.commands.execute<DraftSopCommand, SopCommandResult>(new DraftSopCommand(user, body.unit, plainContent(body.content)));
    res.setHeader('Location', `/sops/${result.sopId}`);
    return respond(res, result);
  }
}
