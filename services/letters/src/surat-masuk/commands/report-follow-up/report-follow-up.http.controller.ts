import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { DisposisiParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReportFollowUpCommand } from './report-follow-up.command';
import { ReportFollowUpRequest } from './report-follow-up.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Disposisi')
@ApiBearerAuth()
@Controller('surat-masuk')
export class ReportFollowUpHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The recipient files a follow-up report on the disposisi. */
  @Post(':id/disposisi/:disposisiId/follow-up')
  @ApiEndpoint({
    summary: 'Report the follow-up of a disposisi',
    description: 'The recipient reports what was done about the disposisi (laporan tindak lanjut), with attachments.',
    body: { type: ReportFollowUpRequest, example: { laporan: 'Rekomendasi penelitian sudah disiapkan', lampiran: [{ documentId: 'doc-laporan-1', name: 'Laporan.pdf' }] } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-masuk/{id}/disposisi/{disposisiId}/follow-up',
    problems: [400, letterProblem(400, 'FOLLOW_UP_INVALID', 'The report is empty'), letterProblem(403, 'NOT_RECIPIENT', 'Only its recipient reports'), letterProblem(404, 'DISPOSISI_NOT_FOUND', 'No such disposisi on the letter'), letterProblem(409, 'DISPOSISI_CLOSED', 'The disposisi is closed'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
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
