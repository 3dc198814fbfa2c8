import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterCommandResult } from '../../../shared/letter-command';
import { LetterCommandResponse, respond } from '../../../shared/letter-command.response';
import { LETTER_WRITERS } from '../../../shared/letters.roles';
import { LinkSopCaseCommand } from './link-sop-case.command';
import { LinkSopCaseRequest } from './link-sop-case.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class LinkSopCaseHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Links the letter to an existing SOP case it advances (409 when linked to another case). */
  @Post(':id/sop-case')
  @ApiEndpoint({
    summary: 'Link an incoming letter to an SOP case',
    description: 'Links a registered letter to an existing SOP case of one of the dinas\'s letter flows; its later facts advance that case. The same link again changes nothing; another case is a 409.',
    body: { type: LinkSopCaseRequest, example: { flow: 'penerimaan-penelitian', caseId: '0f8c2b7a-5d3e-4a91-8b6c-2e4f7a9d1c35' } },
    response: { status: 200, type: LetterCommandResponse },
    ifMatch: true,
    path: '/surat-masuk/{id}/sop-case',
    problems: [400, letterProblem(400, 'LETTER_FLOW_UNKNOWN', 'The dinas has no such flow'), letterProblem(403, 'NOT_ALLOWED', 'Only dinas staff link letters'), letterProblem(404, 'SURAT_MASUK_NOT_FOUND', 'No such letter in your dinas'), letterProblem(409, 'SOP_CASE_ALREADY_LINKED', 'Linked to another case'), 412],
  })
  @HttpCode(200)
  @Roles(...LETTER_WRITERS)
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
