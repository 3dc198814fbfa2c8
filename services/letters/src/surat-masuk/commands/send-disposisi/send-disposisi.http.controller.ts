import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { SendDisposisiCommand } from './send-disposisi.command';
import { SendDisposisiRequest } from './send-disposisi.request.dto';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class SendDisposisiHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Sends a disposisi: instruction from the dinas's list, notes, batas waktu; one per recipient. */
  @Post(':id/disposisi')
  @HttpCode(201)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiCreatedResponse({ type: LetterCommandResponse })
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
