import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { NoteRequest } from '../../../shared/dto/note.request.dto';
import { CloseSuratMasukCommand } from './close-surat-masuk.command';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class CloseSuratMasukHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The holder closes the letter (selesai). */
  @Post(':id/close')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async close(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: NoteRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<CloseSuratMasukCommand, LetterCommandResult>(new CloseSuratMasukCommand(user, params.id, body, expected)));
  }
}
