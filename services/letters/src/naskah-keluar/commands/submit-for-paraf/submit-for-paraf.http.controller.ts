import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { SubmitForParafCommand } from './submit-for-paraf.command';
import { SubmitForParafRequest } from './submit-for-paraf.request.dto';

@ApiTags('Naskah keluar')
@ApiBearerAuth()
@Controller('naskah-keluar')
export class SubmitForParafHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Submits the draft to its paraf chain, naming the reviewers and the signer. */
  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
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
