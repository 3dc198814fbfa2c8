import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReviseDraftCommand } from './revise-draft.command';
import { ReviseDraftRequest } from './revise-draft.request.dto';

@ApiTags('Naskah keluar')
@ApiBearerAuth()
@Controller('naskah-keluar')
export class ReviseDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The drafter records a new version of the draft (409 while it is in the paraf chain or once signed). */
  @Put(':id/draft')
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async revise(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: ReviseDraftRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<ReviseDraftCommand, LetterCommandResult>(new ReviseDraftCommand(user, params.id, body, expected)));
  }
}
