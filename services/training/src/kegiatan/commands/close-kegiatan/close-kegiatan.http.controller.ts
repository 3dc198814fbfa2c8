import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { KegiatanEvent, KegiatanState } from '../../../domain';
import { respond, KegiatanCommandResponse } from '../../../shared/kegiatan.response';
import { KEGIATAN_WRITERS } from '../../../shared/kegiatan.roles';
import { KegiatanParams } from '../../queries/kegiatan/kegiatan.request.dto';
import { CloseKegiatanCommand } from './close-kegiatan.command';
import { CloseKegiatanRequest } from './close-kegiatan.request.dto';

@ApiTags('kegiatan')
@ApiBearerAuth()
@Controller('kegiatan')
export class CloseKegiatanHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Closes the kegiatan (409 KEGIATAN_ALREADY_CLOSED; 412 when If-Match is stale). */
  @Post(':id/close')
  @HttpCode(200)
  @Roles(...KEGIATAN_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @ApiOkResponse({ type: KegiatanCommandResponse })
  async close(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: KegiatanParams,
    @Body() body: CloseKegiatanRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<KegiatanCommandResponse> {
    const command = new CloseKegiatanCommand(user, params.id, body.reason, expectedRevision);
    return respond(res, await this.commands.execute<CloseKegiatanCommand, CommandOutcome<KegiatanEvent, KegiatanState>>(command));
  }
}
