import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { NoticeDeficiencyCommand } from './notice-deficiency.command';
import { NoticeDeficiencyRequest } from './notice-deficiency.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class NoticeDeficiencyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/deficiencies')
  @HttpCode(200)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Send the file back with a deficiency letter',
    description: 'Starts the next deficiency round: the documents not accepted are listed in the event and the applicant has the turn. 409 APPLICATION_COMPLETE when nothing is missing.',
    body: { type: NoticeDeficiencyRequest, example: { letterReference: '500.9/112/DIKUPERIND/2025' } },
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/deficiencies',
    problems: [400, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, { status: 409, code: 'APPLICATION_COMPLETE', detail: 'Semua dokumen sudah diterima' }, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @Body() body: NoticeDeficiencyRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<NoticeDeficiencyCommand, ApplicationOutcome>(new NoticeDeficiencyCommand(user, params, body, expectedRevision)));
  }
}
