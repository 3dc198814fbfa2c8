import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReadSuratMasukCommand } from './read-surat-masuk.command';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class ReadSuratMasukHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The holder marks the letter as read (409 when already read). */
  @Post(':id/read')
  @ApiEndpoint({
    summary: 'Mark an incoming letter as read',
    description: 'The holder (Kepala Dinas) records reading the letter, once; a second read is a 409.',
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-masuk/{id}/read',
    problems: [400, letterProblem(403, 'NOT_HOLDER', 'Only the holder reads it here'), letterProblem(404, 'SURAT_MASUK_NOT_FOUND', 'No such letter in your dinas'), letterProblem(409, 'SURAT_MASUK_ALREADY_READ', 'Already read'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  async read(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) res: Response): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<ReadSuratMasukCommand, LetterCommandResult>(new ReadSuratMasukCommand(user, params.id, expected)));
  }
}
