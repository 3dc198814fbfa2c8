import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { DisposisiParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command.executor';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReportFollowUpCommand } from './report-follow-up.command';
import { ReportFollowUpRequest } from './report-follow-up.request.dto';

@ApiTags('Disposisi')
@ApiBearerAuth()
@Controller('surat-masuk')
export class ReportFollowUpHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The recipient files a follow-up report on the disposisi. */
  @Post(':id/disposisi/:disposisiId/follow-up')
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: LetterCommandResponse })
  async followUp(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: DisposisiParams,
    @Body() body: ReportFollowUpRequest,
    @IfMatch() expected: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LetterCommandResponse> {
    return respond(res, await this.commands.execute<ReportFollowUpCommand, LetterCommandResult>(new ReportFollowUpCommand(user, params.id, params.disposisiId, body, expected)));
  }
}
