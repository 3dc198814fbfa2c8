import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { DisposisiParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { AcknowledgeDisposisiCommand } from './acknowledge-disposisi.command';

@ApiTags('Disposisi')
@ApiBearerAuth()
@Controller('surat-masuk')
export class AcknowledgeDisposisiHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The recipient acknowledges (reads) the disposisi. */
  @Post(':id/disposisi/:disposisiId/acknowledge')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async acknowledge(@CurrentUser() user: AuthenticatedUser, @Param() params: DisposisiParams, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) res: Response): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<AcknowledgeDisposisiCommand, LetterCommandResult>(new AcknowledgeDisposisiCommand(user, params.id, params.disposisiId, expected)));
  }
}
