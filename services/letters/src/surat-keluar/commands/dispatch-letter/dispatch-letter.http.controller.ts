import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { DispatchLetterCommand } from './dispatch-letter.command';
import { DispatchLetterRequest } from './dispatch-letter.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class DispatchLetterHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Records the dispatch (pengiriman) of a signed letter: via which channel and when. */
  @Post(':id/dispatch')
  @ApiEndpoint({
    summary: 'Record the dispatch of a signed letter',
    description: 'The drafter or a dispatcher (PETUGAS) records how (`via`, a channel of the dinas) and when (`dispatchedAt`, default now) the signed letter left: an entry of the outgoing agenda book.',
    body: { type: DispatchLetterRequest, example: { via: 'email', catatan: 'Dikirim ke email peneliti' } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-keluar/{id}/dispatch',
    problems: [400, letterProblem(400, 'DISPATCH_INVALID', 'Unknown channel or an impossible time'), letterProblem(403, 'NOT_DISPATCHER', 'Only the drafter or a dispatcher'), letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas'), letterProblem(409, 'NOT_SIGNED', 'The letter is not signed'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  async dispatch(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: DispatchLetterRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<DispatchLetterCommand, LetterCommandResult>(new DispatchLetterCommand(user, params.id, body, expected)));
  }
}
