import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { NoteRequest } from '../../../shared/dto/note.request.dto';
import { CloseSuratMasukCommand } from './close-surat-masuk.command';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class CloseSuratMasukHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The holder closes the letter (selesai). */
  @Post(':id/close')
  @ApiEndpoint({
    summary: 'Close an incoming letter',
    description: 'The holder closes the letter (selesai); every disposisi still open is closed with it.',
    body: { type: NoteRequest, example: { catatan: 'Sudah dijawab dengan surat rekomendasi' } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-masuk/{id}/close',
    problems: [400, letterProblem(403, 'NOT_HOLDER', 'Only the holder closes it'), letterProblem(404, 'SURAT_MASUK_NOT_FOUND', 'No such letter in your dinas'), letterProblem(409, 'SURAT_MASUK_CLOSED', 'Already closed'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
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
