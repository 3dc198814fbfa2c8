import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse } from '../../sop-command.response';
import type { SopCommandResult } from '../../sop-command.executor';
import { SOP_OFFICIALS } from '../../sop-write.roles';
import { MakeSopEffectiveCommand } from './make-sop-effective.command';
import { MakeSopEffectiveRequest } from './make-sop-effective.request.dto';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class MakeSopEffectiveHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Makes an approved version effective from a date; the previous effective version is superseded from that date. */
  @Post(':id/versions/:version/make-effective')
  @HttpCode(200)
  @Roles(...SOP_OFFICIALS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: SopCommandResponse })
  async makeSopEffective(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: MakeSopEffectiveRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new MakeSopEffectiveCommand(user, params.id, params.version, body, expectedRevision);
    return respond(res, await this.commands.execute<MakeSopEffectiveCommand, SopCommandResult>(command));
  }
}
