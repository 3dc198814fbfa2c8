import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { SubmitForParafCommand } from './submit-for-paraf.command';
import { SubmitForParafRequest } from './submit-for-paraf.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class SubmitForParafHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Submits the draft to its paraf chain, naming the reviewers and the signer. */
  @Post(':id/submit')
  @ApiEndpoint({
    summary: 'Submit a draft to its paraf chain',
    description: 'The drafter submits the draft to the paraf chain of its jenis, naming one reviewer per step and the signer; every submission starts a new round.\n\n' +
      '**What a paraf chain needs.** The signer has a role that may sign the jenis (default: a `surat_keluar` is signed by KEPALA_DINAS; a `nota_dinas` by KEPALA_BIDANG, ' +
      'SEKRETARIS or KEPALA_DINAS) and does not rank below the drafter. `reviewers` are exactly the roles of the jenis\'s configured chain (bottom-up, default ' +
      'STAF → KASI → KEPALA_BIDANG → SEKRETARIS) from the drafter\'s level up to, not including, the signer\'s level, one person per step, in that order; the signer ' +
      'does not paraf. A KASI\'s draft skips the STAF step; a KEPALA_BIDANG signing their own nota dinas needs no paraf. Otherwise 400 `PARAF_CHAIN_INVALID` naming the step. ' +
      'Each paraf is given in turn (out of turn: 403); the current reviewer or the signer may return the draft (a new round after revision). ' +
      '`GET /surat-keluar/{id}` lists the chain each possible signer needs in `allowedActions[].parafChains`.',
    body: { type: SubmitForParafRequest, example: { reviewers: [{ userId: '2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d', name: 'Kasi Kelembagaan', role: 'KASI' }], signer: { userId: '5b3f1c9e-2a4d-4e8f-9c61-7d2e0a1b3c4d', name: 'Kepala Dinas', role: 'KEPALA_DINAS' } } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-keluar/{id}/submit',
    problems: [400, letterProblem(400, 'PARAF_CHAIN_INVALID', 'The reviewers do not match the chain'), letterProblem(403, 'NOT_DRAFTER', 'Only the drafter submits it'), letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas'), letterProblem(409, 'DRAFT_NOT_REVISED', 'A returned draft is revised first'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  async submit(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: SubmitForParafRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<SubmitForParafCommand, LetterCommandResult>(new SubmitForParafCommand(user, params.id, body, expected)));
  }
}
