import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReadSuratMasukCommand } from './read-surat-masuk.command';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class ReadSuratMasukHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The holder marks the letter as read (409 when already read). */
  @Post(':id/read')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async read(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) res: Response): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<ReadSuratMasukCommand, LetterCommandResult>(new ReadSuratMasukCommand(user, params.id, expected)));
  }
}
