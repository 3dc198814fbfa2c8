import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { NoteRequest } from '../../../shared/dto/note.request.dto';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { GiveParafCommand } from './give-paraf.command';

@ApiTags('Naskah keluar')
@ApiBearerAuth()
@Controller('naskah-keluar')
export class GiveParafHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Gives the caller's paraf on the draft, when it is their turn. */
  @Post(':id/paraf')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async paraf(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: NoteRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<GiveParafCommand, LetterCommandResult>(new GiveParafCommand(user, params.id, body.catatan, expected)));
  }
}
