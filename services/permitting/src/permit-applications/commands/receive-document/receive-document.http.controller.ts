import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { ApplicationDocumentParams } from '../../dto/permit-application-params.dto';
import { ReceiveDocumentCommand } from './receive-document.command';
import { ReceiveDocumentRequest } from './receive-document.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class ReceiveDocumentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/documents/:document/receive')
  @HttpCode(200)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Record a document received',
    description: 'A document of the checklist of the permit type, by its content hash. 400 DOCUMENT_NOT_IN_CHECKLIST (field document) for any other document.',
    body: { type: ReceiveDocumentRequest, example: { contentHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' } },
    response: { type: PermitApplicationCommandResponse },
    ifMatch: true,
    path: '/permit-applications/{id}/documents/{document}/receive',
    problems: [{ status: 400, code: 'DOCUMENT_NOT_IN_CHECKLIST', detail: 'Dokumen akta tidak ada dalam daftar persyaratan IUI_REKOMTEK' }, 403, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }, 409, 412],
  })
  async handle(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ApplicationDocumentParams,
    @Body() body: ReceiveDocumentRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitApplicationCommandResponse> {
    return respondApplication(res, await this.commands.execute<ReceiveDocumentCommand, ApplicationOutcome>(new ReceiveDocumentCommand(user, params, body, expectedRevision)));
  }
}
