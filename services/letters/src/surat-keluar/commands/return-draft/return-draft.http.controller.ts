import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReturnDraftCommand } from './return-draft.command';
import { ReturnDraftRequest } from './return-draft.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class ReturnDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Returns the draft to its drafter with notes (by the reviewer whose turn it is, or the signer). */
  @Post(':id/return')
  @ApiEndpoint({
    summary: 'Return a draft to its drafter',
    description: 'The reviewer whose turn it is, or the signer, returns the draft to its drafter with notes; the round is counted.',
    body: { type: ReturnDraftRequest, example: { catatan: 'Cantumkan dasar hukum dan jangka waktu penelitian' } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-keluar/{id}/return',
    problems: [400, letterProblem(400, 'RETURN_INVALID', 'Notes are required'), letterProblem(403, 'NOT_CURRENT_REVIEWER', 'Not your turn'), letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas'), letterProblem(409, 'DRAFT_NOT_IN_REVIEW', 'The draft is not in the chain'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  async returnDraft(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: ReturnDraftRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<ReturnDraftCommand, LetterCommandResult>(new ReturnDraftCommand(user, params.id, body.catatan, expected)));
  }
}
