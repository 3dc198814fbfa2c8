import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { ReviseDraftCommand } from './revise-draft.command';
import { ReviseDraftRequest } from './revise-draft.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class ReviseDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The drafter records a new version of the draft (409 while it is in the paraf chain or once signed). */
  @Put(':id/draft')
  @ApiEndpoint({
    summary: 'Revise a draft',
    description: 'The drafter records a new version of the draft, before submitting it or after it was returned; a 409 while it is in the paraf chain or once signed.',
    body: { type: ReviseDraftRequest, example: { isi: { documentId: 'doc-konsep-2', name: 'Konsep surat rekomendasi (perbaikan).docx' }, catatan: 'Dasar hukum ditambahkan' } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-keluar/{id}/draft',
    problems: [400, letterProblem(403, 'NOT_DRAFTER', 'Only the drafter revises it'), letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas'), letterProblem(409, 'DRAFT_IN_REVIEW', 'The draft is in the paraf chain'), 412],
  })
  @Roles(...LETTER_WRITERS)
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
