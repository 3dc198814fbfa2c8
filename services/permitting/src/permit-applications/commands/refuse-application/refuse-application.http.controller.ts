import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_DECIDERS } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { RefuseApplicationCommand } from './refuse-application.command';
import { RefuseApplicationRequest } from './refuse-application.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class RefuseApplicationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/refuse')
  @HttpCode(200)
  @Roles(...APPLICATION_DECIDERS)
  @ApiEndpoint({
    summary: 'Record the application refused',
    description: 'Refused by the dinas or the national system, with the reason.',
    body: { type: RefuseApplicationRequest, example: { reason: 'Lokasi usaha tidak sesuai tata ruang' } },
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/refuse',
    problems: [400, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, { status: 409, code: 'APPLICATION_CLOSED', detail: 'Permohonan sudah selesai' }, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @Body() body: RefuseApplicationRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<RefuseApplicationCommand, ApplicationOutcome>(new RefuseApplicationCommand(user, params, body, expectedRevision)));
  }
}
