import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { DisposisiParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { AcknowledgeDisposisiCommand } from './acknowledge-disposisi.command';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Disposisi')
@ApiBearerAuth()
@Controller('surat-masuk')
export class AcknowledgeDisposisiHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The recipient acknowledges (reads) the disposisi. */
  @Post(':id/disposisi/:disposisiId/acknowledge')
  @ApiEndpoint({
    summary: 'Acknowledge a disposisi',
    description: 'The recipient records reading the disposisi, once; a second acknowledgement is a 409.',
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-masuk/{id}/disposisi/{disposisiId}/acknowledge',
    problems: [400, letterProblem(403, 'NOT_RECIPIENT', 'Only its recipient acknowledges it'), letterProblem(404, 'DISPOSISI_NOT_FOUND', 'No such disposisi on the letter'), letterProblem(409, 'DISPOSISI_ALREADY_ACKNOWLEDGED', 'Already acknowledged'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  async acknowledge(@CurrentUser() user: AuthenticatedUser, @Param() params: DisposisiParams, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) res: Response): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<AcknowledgeDisposisiCommand, LetterCommandResult>(new AcknowledgeDisposisiCommand(user, params.id, params.disposisiId, expected)));
  }
}
