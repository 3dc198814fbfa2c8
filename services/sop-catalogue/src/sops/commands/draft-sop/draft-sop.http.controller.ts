import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { plainContent } from '../../dto/sop-content.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { DraftSopCommand } from './draft-sop.command';
import { DraftSopRequest } from './draft-sop.request.dto';
import { SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';
import { SOP_CONTENT_EXAMPLE } from '../../sop-content.example';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class DraftSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Drafts a new SOP (version 1) in the caller's dinas. */
  @Post()
  @ApiEndpoint({
    summary: 'Draft a new SOP',
    description:
      "Drafts a new SOP (version 1) in the caller's dinas, owned by `unit`. The content may be incomplete; " +
      'submitting checks completeness. Answers 201 with `Location` and the stream revision as `ETag`. Drafters: Staf to Kepala Dinas.',
    body: { type: DraftSopRequest, example: { unit: 'UPT PLUT KUMKM', content: SOP_CONTENT_EXAMPLE } },
    response: { status: 201, type: SopCommandResponse, description: 'Drafted', example: { sopId: SOP_ID_EXAMPLE, revision: 0, events: ['SopDrafted'] } },
    path: '/sops',
    problems: [400, 403, SopProblems.readOnly],
  })
  @HttpCode(201)
  @Roles(...SOP_DRAFTERS)
  async draft(@CurrentUser() user: AuthenticatedUser, @Body() body: DraftSopRequest, @Res({ passthrough: true }) res: Response): Promise<SopCommandResponse> {
    const result = await this.commands.execute<DraftSopCommand, SopCommandOutcome>(new DraftSopCommand(user, body.unit, plainContent(body.content)));
    res.setHeader('Location', `/sops/${result.id}`);
    return respond(res, result);
  }
}
