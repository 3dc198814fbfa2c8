import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { SendDisposisiCommand } from './send-disposisi.command';
import { SendDisposisiRequest } from './send-disposisi.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class SendDisposisiHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Sends a disposisi: instruction from the dinas's list, notes, batas waktu; one per recipient. */
  @Post(':id/disposisi')
  @ApiEndpoint({
    summary: 'Send a disposisi',
    description: 'The holder (or a recipient, with `fromDisposisiId`) disposes the letter DOWN the dinas\'s hierarchy to one or more recipients, with an instruction from the dinas\'s list, notes and a batas waktu (never later than the one received). One disposisi per recipient; their ids are in `disposisiIds`.\n\n' +
      '**Who may dispose to whom.** The sender is the holder (the Kepala Dinas the letter was routed to; `fromDisposisiId` omitted) or the recipient of an open disposisi ' +
      '(`fromDisposisiId` = that disposisi). Recipients must rank strictly below the role the sender acts in, in the dinas\'s hierarchy (default: KEPALA_DINAS → ' +
      'SEKRETARIS/KEPALA_BIDANG → KASI → STAF/PETUGAS): KEPALA_DINAS may dispose to any lower level, a KASI only to STAF/PETUGAS, and nobody to their own level or up ' +
      '(400 `DISPOSISI_NOT_DOWNWARD`). Roles outside the hierarchy (AUDITOR, PROVINCIAL_VIEWER) never receive one. `batasWaktu` is today or later and never later than the one received. ' +
      '`GET /surat-masuk/{id}` lists, in `allowedActions`, each `send_disposisi` the caller may make with its `recipientRoles`.',
    body: { type: SendDisposisiRequest, example: { recipients: [{ userId: '8d1e4f2a-3b5c-4d6e-9f70-1a2b3c4d5e6f', name: 'Sekretaris', role: 'SEKRETARIS' }], instruction: 'proses_lebih_lanjut', catatan: 'Mohon ditindaklanjuti', batasWaktu: '2024-04-05' } },
    response: { status: 201, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-masuk/{id}/disposisi',
    problems: [400, letterProblem(400, 'DISPOSISI_NOT_DOWNWARD', 'A recipient is not below the sender'), letterProblem(403, 'NOT_HOLDER', 'Only the holder disposes from the top'), letterProblem(404, 'SURAT_MASUK_NOT_FOUND', 'No such letter in your dinas'), letterProblem(409, 'SURAT_MASUK_CLOSED', 'The letter is closed'), 412],
  })
  @HttpCode(201)
  @Roles(...LETTER_WRITERS)
  async send(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: SendDisposisiRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<SendDisposisiCommand, LetterCommandResult>(new SendDisposisiCommand(user, params.id, body, expected)));
  }
}
