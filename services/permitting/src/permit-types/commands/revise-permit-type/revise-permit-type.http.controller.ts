import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import { PERMIT_TYPE_SEEDS, type PermitTypeContent, type PermitTypeEvent, type PermitTypeState } from '../../../domain';
import { PERMIT_TYPE_EDITORS } from '../../../shared/permitting.roles';
import { PermitTypeCommandResponse, respondPermitType } from '../../../shared/permit-type.response';
import { RevisePermitTypeCommand } from './revise-permit-type.command';
import { PermitTypeParams, RevisePermitTypeRequest } from './revise-permit-type.request.dto';

const example = PERMIT_TYPE_SEEDS.find((s) => s.code === 'NIK_KOPERASI')!;

@ApiTags('permit-types')
@ApiBearerAuth()
@Controller('permit-types')
export class RevisePermitTypeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':code/versions')
  @HttpCode(201)
  @Roles(...PERMIT_TYPE_EDITORS)
  @ApiEndpoint({
    summary: 'Add a version of a permit type from a date',
    description: 'The next version, in force from effectiveFrom (not before the latest version). Earlier versions stay readable and keep governing the applications registered under them.',
    body: { type: RevisePermitTypeRequest, example: { effectiveFrom: '2025-07-01', content: { ...example.content, validity: { kind: 'months', months: 36, verification: 'VERIFIED', source: 'Permenkop UKM (contoh)' } } } },
    response: { status: 201, type: PermitTypeCommandResponse, example: { code: 'NIK_KOPERASI', version: 2, revision: 1, events: ['PermitTypeRevised'] } },
    ifMatch: true,
    path: '/permit-types/{code}/versions',
    problems: [{ status: 400, code: 'PERMIT_TYPE_INVALID', detail: 'Data jenis izin tidak valid' }, 403, { status: 404, code: 'PERMIT_TYPE_NOT_FOUND', detail: 'Jenis izin NIK_KOPERASI tidak ditemukan' }, 409, 412],
  })
  async revise(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PermitTypeParams,
    @Body() body: RevisePermitTypeRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PermitTypeCommandResponse> {
    const command = new RevisePermitTypeCommand(user, params.code, body.effectiveFrom, body.content as unknown as PermitTypeContent, expectedRevision);
    return respondPermitType(res, await this.commands.execute<RevisePermitTypeCommand, CommandOutcome<PermitTypeEvent, PermitTypeState>>(command));
  }
}
