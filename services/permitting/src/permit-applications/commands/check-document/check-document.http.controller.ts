import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { ApplicationDocumentParams } from '../../dto/permit-application-params.dto';
import { CheckDocumentCommand } from './check-document.command';
import { CheckDocumentRequest } from './check-document.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class CheckDocumentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/documents/:document/check')
  @HttpCode(200)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Accept or reject a received document',
    description: 'The verification team checks a received document: accepted, or rejected with a reason (400 REASON_REQUIRED). Only while the dinas has the turn (409 APPLICATION_NOT_CHECKING during a deficiency).',
    body: { type: CheckDocumentRequest, example: { verdict: 'rejected', reason: 'Data kapasitas produksi belum diisi' } },
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/documents/{document}/check',
    problems: [400, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, { status: 409, code: 'DOCUMENT_NOT_RECEIVED', detail: 'Dokumen nib belum diterima' }, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationDocumentParams,
    @Body() body: CheckDocumentRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<CheckDocumentCommand, ApplicationOutcome>(new CheckDocumentCommand(user, params, body, expectedRevision)));
  }
}
