import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { NoteRequest } from '../../../shared/dto/note.request.dto';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { GiveParafCommand } from './give-paraf.command';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class GiveParafHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Gives the caller's paraf on the draft, when it is their turn. */
  @Post(':id/paraf')
  @ApiEndpoint({
    summary: 'Give a paraf',
    description: 'The reviewer whose turn it is initials the draft; the last paraf makes it ready to sign. Out of turn is a 403.',
    body: { type: NoteRequest, example: { catatan: 'OK' } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-keluar/{id}/paraf',
    problems: [400, letterProblem(403, 'NOT_CURRENT_REVIEWER', 'Not your turn'), letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas'), letterProblem(409, 'PARAF_COMPLETE', 'Every paraf is given'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
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
