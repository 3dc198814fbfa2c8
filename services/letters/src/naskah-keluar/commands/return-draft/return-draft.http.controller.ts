import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReturnDraftCommand } from './return-draft.command';
import { ReturnDraftRequest } from './return-draft.request.dto';

@ApiTags('Naskah keluar')
@ApiBearerAuth()
@Controller('naskah-keluar')
export class ReturnDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Returns the draft to its drafter with notes (by the reviewer whose turn it is, or the signer). */
  @Post(':id/return')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
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
