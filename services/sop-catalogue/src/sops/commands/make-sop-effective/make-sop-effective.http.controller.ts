import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_OFFICIALS } from '../../sop-write.roles';
import { MakeSopEffectiveCommand } from './make-sop-effective.command';
import { MakeSopEffectiveRequest } from './make-sop-effective.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class MakeSopEffectiveHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Makes an approved version effective from a date; the previous effective version is superseded from that date. */
  @Post(':id/versions/:version/make-effective')
  @ApiEndpoint({
    summary: 'Make an approved version effective',
    description:
      'Makes the approved `version` effective from `effectiveFrom`; the previous effective version is superseded from that day, ' +
      'which must be after its own effective date. Dates may lie in the past (imports of old SOPs). Kepala Dinas or Sekretaris.',
    body: { type: MakeSopEffectiveRequest, example: { effectiveFrom: '2026-01-02' } },
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 4, events: ['SopMadeEffective'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/make-effective`,
    problems: [400, SopProblems.invalidDate, SopProblems.effectiveDate, 403, SopProblems.tenantWrite, SopProblems.notFound, SopProblems.versionNotFound, SopProblems.notApproved, SopProblems.incomplete, 409, 412],
  })
  @HttpCode(200)
  @Roles(...SOP_OFFICIALS)
  async makeSopEffective(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: MakeSopEffectiveRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new MakeSopEffectiveCommand(user, params.id, params.version, body, expectedRevision);
    return respond(res, await this.commands.execute<MakeSopEffectiveCommand, SopCommandOutcome>(command));
  }
}
