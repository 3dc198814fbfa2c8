import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_OFFICIALS } from '../../sop-write.roles';
import { RetireSopCommand } from './retire-sop.command';
import { RetireSopRequest } from './retire-sop.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class RetireSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Retires the SOP from a date. */
  @Post(':id/retire')
  @ApiEndpoint({
    summary: 'Retire an SOP',
    description:
      'Retires the SOP from `retiredFrom` (after the effective date of the version in force), with the reason. An open draft is abandoned. ' +
      'Kepala Dinas or Sekretaris.',
    body: { type: RetireSopRequest, example: { retiredFrom: '2026-12-31', reason: 'Digantikan oleh SOP baru' } },
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 6, events: ['SopRetired'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/retire`,
    problems: [400, SopProblems.retireDate, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.notEffective, SopProblems.retired, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_OFFICIALS)
  async retireSop(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopParams,
    @Body() body: RetireSopRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new RetireSopCommand(user, params.id, body, expectedRevision);
    return respond(res, await this.commands.execute<RetireSopCommand, SopCommandOutcome>(command));
  }
}
