import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_DECIDERS } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { IssuePermitCommand } from './issue-permit.command';
import { IssuePermitRequest } from './issue-permit.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class IssuePermitHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/issue')
  @HttpCode(200)
  @Roles(...APPLICATION_DECIDERS)
  @ApiEndpoint({
    summary: 'Record the permit issued by the national system',
    description: 'Number, date and validity from the national system. 409 APPLICATION_NOT_VERIFIED before the file is verified; 409 INSPECTION_REQUIRED when the type has checks and no inspection is recorded.',
    body: { type: IssuePermitRequest, example: { number: 'IUI-3501-2025-000123', issuedOn: '2025-03-12', validUntil: null } },
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/issue',
    problems: [400, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, { status: 409, code: 'APPLICATION_NOT_VERIFIED', detail: 'Izin tidak dapat dicatat terbit sebelum berkas diverifikasi lengkap' }, { status: 409, code: 'INSPECTION_REQUIRED', detail: 'Pemeriksaan lapangan belum dicatat' }, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitApplicationParams,
    @Body() body: IssuePermitRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<IssuePermitCommand, ApplicationOutcome>(new IssuePermitCommand(user, params, body, expectedRevision)));
  }
}
