import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { WriteDraftCommand } from './write-draft.command';
import { WriteDraftRequest } from './write-draft.request.dto';

@ApiTags('Naskah keluar')
@ApiBearerAuth()
@Controller('naskah-keluar')
export class WriteDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Writes the draft (konsep) of a surat keluar or nota dinas. */
  @Post()
  @HttpCode(201)
  @Roles(...LETTER_WRITERS)
  @ApiCreatedResponse({ type: LetterCommandResponse })
  async write(@CurrentUser() user: AuthenticatedUser, @Body() body: WriteDraftRequest, @Res({ passthrough: true }) res: Response): Promise<LetterCommandResponse> {
    const result = await this.commands.execute<WriteDraftCommand, LetterCommandResult>(new WriteDraftCommand(user, body));
    res.setHeader('Location', `/naskah-keluar/${result.letterId}`);
    return respond(res, result);
  }
}
