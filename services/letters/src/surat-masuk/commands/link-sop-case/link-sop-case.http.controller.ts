import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { LinkSopCaseCommand } from './link-sop-case.command';
import { LinkSopCaseRequest } from './link-sop-case.request.dto';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class LinkSopCaseHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Links the letter to an existing SOP case it advances (409 when linked to another case). */
  @Post(':id/sop-case')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async link(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LetterIdParams,
    @Body() body: LinkSopCaseRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<LinkSopCaseCommand, LetterCommandResult>(new LinkSopCaseCommand(user, params.id, body, expected)));
  }
}
