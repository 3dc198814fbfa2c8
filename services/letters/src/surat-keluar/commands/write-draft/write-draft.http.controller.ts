import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IdempotencyKey, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { WriteDraftCommand } from './write-draft.command';
import { WriteDraftRequest } from './write-draft.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class WriteDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Writes the draft (konsep) of a surat keluar or nota dinas. */
  @Post()
  @ApiEndpoint({
    summary: 'Write a draft (surat keluar or nota dinas)',
    description: 'A drafter (konseptor) in the hierarchy writes the draft of a `surat_keluar` or `nota_dinas`. With `inReplyTo` the draft joins the SOP case of the surat masuk it answers; `sopCase` names a case explicitly. Retryable: with a client `letterId` or an `Idempotency-Key` header, the same request again answers with the first result.',
    body: { type: WriteDraftRequest, example: { jenis: 'surat_keluar', perihal: 'Rekomendasi penelitian', sifat: 'biasa', klasifikasi: '000.8', unitKode: 'DISKOPUKM.B', kepada: [{ name: 'Rektor Universitas Airlangga' }], isi: { documentId: 'doc-konsep-1', name: 'Konsep surat rekomendasi.docx' } } },
    response: { status: 201, type: LetterCommandResponse },
    path: '/surat-keluar',
    problems: [400, letterProblem(400, 'DRAFT_INVALID', 'The draft is incomplete'), letterProblem(403, 'NOT_DRAFTER', 'Only staff in the hierarchy draft letters'), letterProblem(409, 'IDEMPOTENCY_KEY_REUSED', 'The letter id or Idempotency-Key was used for another request')],
  })
  @HttpCode(201)
  @Roles(...LETTER_WRITERS)
  async write(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: WriteDraftRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    const result = await this.commands.execute<WriteDraftCommand, LetterCommandResult>(new WriteDraftCommand(user, body, idempotencyKey));
    res.setHeader('Location', `/surat-keluar/${result.letterId}`);
    return respond(res, result);
  }
}
