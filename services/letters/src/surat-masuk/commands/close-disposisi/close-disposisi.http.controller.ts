import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { DisposisiParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { CloseDisposisiCommand } from './close-disposisi.command';
import { NoteRequest } from '../../../shared/dto/note.request.dto';

@ApiTags('Disposisi')
@ApiBearerAuth()
@Controller('surat-masuk')
export class CloseDisposisiHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The recipient closes the disposisi. */
  @Post(':id/disposisi/:disposisiId/close')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async close(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: DisposisiParams,
    @Body() body: NoteRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<CloseDisposisiCommand, LetterCommandResult>(new CloseDisposisiCommand(user, params.id, params.disposisiId, body, expected)));
  }
}
