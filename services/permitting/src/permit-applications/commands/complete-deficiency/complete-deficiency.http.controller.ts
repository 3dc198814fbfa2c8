import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { CompleteDeficiencyCommand } from './complete-deficiency.command';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class CompleteDeficiencyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/deficiencies/complete')
  @HttpCode(200)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Record that the applicant completed the deficiency',
    description: 'Ends the current deficiency round; the file is checked again.',
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/deficiencies/complete',
    problems: [400, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, { status: 409, code: 'NO_OPEN_DEFICIENCY', detail: 'Tidak ada surat kekurangan yang menunggu' }, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<CompleteDeficiencyCommand, ApplicationOutcome>(new CompleteDeficiencyCommand(user, params, expectedRevision)));
  }
}
