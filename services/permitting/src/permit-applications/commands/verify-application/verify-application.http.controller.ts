import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { VerifyApplicationCommand } from './verify-application.command';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class VerifyApplicationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/verify')
  @HttpCode(200)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Verify the file complete',
    description: 'Every document of the checklist accepted: the file is verified (409 APPLICATION_INCOMPLETE lists the documents still missing).',
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/verify',
    problems: [400, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, { status: 409, code: 'APPLICATION_INCOMPLETE', detail: 'Berkas belum lengkap' }, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<VerifyApplicationCommand, ApplicationOutcome>(new VerifyApplicationCommand(user, params, expectedRevision)));
  }
}
