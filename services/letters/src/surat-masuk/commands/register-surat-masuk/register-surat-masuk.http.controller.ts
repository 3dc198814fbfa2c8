import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { RegisterSuratMasukCommand } from './register-surat-masuk.command';
import { RegisterSuratMasukRequest } from './register-surat-masuk.request.dto';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class RegisterSuratMasukHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Registers (agendas) an incoming letter of the caller's dinas and routes it to the Kepala Dinas. */
  @Post()
  @HttpCode(201)
  @Roles(...LETTER_WRITERS)
  @ApiCreatedResponse({ type: LetterCommandResponse })
  async register(@CurrentUser() user: AuthenticatedUser, @Body() body: RegisterSuratMasukRequest, @Res({ passthrough: true }) res: Response): Promise<LetterCommandResponse> {
    const result = await this.commands.execute<RegisterSuratMasukCommand, LetterCommandResult>(new RegisterSuratMasukCommand(user, body));
    res.setHeader('Location', `/surat-masuk/${result.letterId}`);
    return respond(res, result);
  }
}
