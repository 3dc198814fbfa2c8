import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { DisposisiParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { CloseDisposisiCommand } from './close-disposisi.command';
import { NoteRequest } from '../../../shared/dto/note.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Disposisi')
@ApiBearerAuth()
@Controller('surat-masuk')
export class CloseDisposisiHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The recipient closes the disposisi. */
  @Post(':id/disposisi/:disposisiId/close')
  @ApiEndpoint({
    summary: 'Close a disposisi',
    description: 'The recipient closes the disposisi once followed up (unless its instruction needs no report) and once every disposisi sent further down from it is closed.',
    body: { type: NoteRequest, example: { catatan: 'Selesai' } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-masuk/{id}/disposisi/{disposisiId}/close',
    problems: [400, letterProblem(403, 'NOT_RECIPIENT', 'Only its recipient closes it'), letterProblem(404, 'DISPOSISI_NOT_FOUND', 'No such disposisi on the letter'), letterProblem(409, 'DISPOSISI_NOT_FOLLOWED_UP', 'A follow-up report is needed first'), letterProblem(409, 'DISPOSISI_HAS_OPEN_CHILDREN', 'Dispositions further down are open'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  async close(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: DisposisiParams,
    @Body() body: NoteRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<CloseDisposisiCommand, LetterCommandResult>(new CloseDisposisiCommand(user, params.id, params.disposisiId, body, expected)));
  }
}
