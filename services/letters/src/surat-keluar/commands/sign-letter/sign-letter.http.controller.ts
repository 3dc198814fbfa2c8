import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { SignLetterCommand } from './sign-letter.command';
import { SignLetterRequest } from './sign-letter.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class SignLetterHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The authorised signer signs; the number is issued now from the dinas's template (`nomor` in the answer). */
  @Post(':id/sign')
  @ApiEndpoint({
    summary: 'Sign a letter',
    description: 'The authorised signer signs the reviewed draft. The number is issued now from the jenis\'s book, in the same unit of work as the signature (gap-free, never reused), and formatted with the dinas\'s template (`nomor` in the answer); `nomorEksternal` keeps a SRIKANDI number instead.',
    body: { type: SignLetterRequest, example: {} },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-keluar/{id}/sign',
    problems: [400, letterProblem(403, 'NOT_SIGNER', 'Only the named signer signs'), letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas'), letterProblem(409, 'DRAFT_NOT_REVIEWED', 'The paraf chain is not complete'), letterProblem(409, 'ALREADY_SIGNED', 'Already signed and numbered'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  async sign(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: SignLetterRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<SignLetterCommand, LetterCommandResult>(new SignLetterCommand(user, params.id, body, expected)));
  }
}
