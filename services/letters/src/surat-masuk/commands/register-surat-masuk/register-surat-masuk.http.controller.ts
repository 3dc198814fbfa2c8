import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IdempotencyKey, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { RegisterSuratMasukCommand } from './register-surat-masuk.command';
import { RegisterSuratMasukRequest } from './register-surat-masuk.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class RegisterSuratMasukHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Registers (agendas) an incoming letter of the caller's dinas and routes it to the Kepala Dinas. */
  @Post()
  @ApiEndpoint({
    summary: 'Register an incoming letter',
    description: 'Registers (agendas) an incoming letter of the caller\'s dinas and routes it to the Kepala Dinas (the holder). The agenda number comes from the dinas\'s `agenda-masuk` book in the same unit of work as the letter (gap-free), unless `nomorEksternal` keeps the SRIKANDI/TNDE number. Retryable: with a client `letterId` or an `Idempotency-Key` header, the same request again answers with the first result (the same agenda number). A letter whose klasifikasi a flow opens on (or with `sopCase.flow`) opens an SOP case. Registrars only (PETUGAS, STAF by default).',
    body: { type: RegisterSuratMasukRequest, example: { tanggalDiterima: '2024-04-01', pengirim: { nama: 'Bakesbangpol', instansi: 'Pemerintah Provinsi Jawa Timur' }, nomorSurat: '070/1234/207.3/2024', tanggalSurat: '2024-03-28', perihal: 'Permohonan izin penelitian', sifat: 'biasa', klasifikasi: '070', routeTo: { userId: '5b3f1c9e-2a4d-4e8f-9c61-7d2e0a1b3c4d', name: 'Kepala Dinas' } } },
    response: { status: 201, type: LetterCommandResponse },
    path: '/surat-masuk',
    problems: [400, letterProblem(400, 'SURAT_MASUK_INVALID', 'A date, the sender or the agenda number is invalid'), letterProblem(403, 'NOT_REGISTRAR', 'Only registrars agenda letters'), letterProblem(409, 'IDEMPOTENCY_KEY_REUSED', 'The letter id or Idempotency-Key was used for another request'), 409],
  })
  @HttpCode(201)
  @Roles(...LETTER_WRITERS)
  async register(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: RegisterSuratMasukRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    const result = await this.commands.execute<RegisterSuratMasukCommand, LetterCommandResult>(new RegisterSuratMasukCommand(user, body, idempotencyKey));
    res.setHeader('Location', `/surat-masuk/${result.letterId}`);
    return respond(res, result);
  }
}
