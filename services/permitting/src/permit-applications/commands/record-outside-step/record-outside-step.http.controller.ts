import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { RecordOutsideStepCommand } from './record-outside-step.command';
import { RecordOutsideStepRequest } from './record-outside-step.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class RecordOutsideStepHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/outside-steps')
  @HttpCode(200)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Record a step outside the dinas on behalf',
    description: 'A step in OSS, SIINas, ODS or the ministry, with its reference; the time from startedAt to completedAt is outside time, not dinas time.',
    body: { type: RecordOutsideStepRequest, example: { step: 'oss-rekomtek-diterima', reference: 'OSS-IUI-2025-000777', startedAt: '2025-03-10T02:00:00.000Z', completedAt: '2025-03-12T04:00:00.000Z' } },
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/outside-steps',
    problems: [{ status: 400, code: 'OUTSIDE_STEP_INVALID', detail: 'Langkah di luar dinas tidak valid' }, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, 409, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @Body() body: RecordOutsideStepRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<RecordOutsideStepCommand, ApplicationOutcome>(new RecordOutsideStepCommand(user, params, body, expectedRevision)));
  }
}
