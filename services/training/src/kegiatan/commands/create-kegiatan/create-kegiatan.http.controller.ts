import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { KegiatanEvent, KegiatanState } from '../../../domain';
import { respond, KegiatanCommandResponse } from '../../../shared/kegiatan.response';
import { KEGIATAN_WRITERS } from '../../../shared/kegiatan.roles';
import { CreateKegiatanCommand } from './create-kegiatan.command';
import { CreateKegiatanRequest } from './create-kegiatan.request.dto';

@ApiTags('kegiatan')
@ApiBearerAuth()
@Controller('kegiatan')
export class CreateKegiatanHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Creates a kegiatan in the caller's dinas: 201 with Location and ETag. */
  @Post()
  @HttpCode(201)
  @Roles(...KEGIATAN_WRITERS)
  @ApiCreatedResponse({ type: KegiatanCommandResponse })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateKegiatanRequest, @Res({ passthrough: true }) res: Response): Promise<KegiatanCommandResponse> {
    const outcome = await this.commands.execute<CreateKegiatanCommand, CommandOutcome<KegiatanEvent, KegiatanState>>(new CreateKegiatanCommand(user, body.title));
    res.setHeader('Location', `/kegiatan/${outcome.id}`);
    return respond(res, outcome);
  }
}
