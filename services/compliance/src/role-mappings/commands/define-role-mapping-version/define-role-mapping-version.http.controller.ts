import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { RoleMappingCommandResponse, RoleMappingVersionParams } from '../../dto/role-mapping.dto';
import { ROLE_MAPPING_ADMINS } from '../../role-mapping-admin.roles';
import { DefineRoleMappingVersionCommand, type DefineRoleMappingVersionResult } from './define-role-mapping-version.command';
import { DefineRoleMappingVersionRequest } from './define-role-mapping-version.request.dto';

@ApiTags('Pemetaan jabatan')
@ApiBearerAuth()
@Controller('role-mappings')
export class DefineRoleMappingVersionHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Creates or replaces the version of the dinas's role mapping in force from a date. */
  @Put(':tenant/versions/:effectiveFrom')
  @ApiEndpoint({
    summary: "Create or replace a version of the dinas's role mapping",
    description:
      "Defines which platform roles (jabatan of the token) act on which SOP lane (pelaksana), from `effectiveFrom` (the dinas's local date) until the next version; the same date again replaces that version. Rules are tried in order, the first matching a lane wins. A rule may mark its lane `external` (an outside party: a dinas user records its steps) or `team` (a working team: a case's team assignment narrows it). Until a dinas defines a version, the default mapping applies. Case steps are judged by the version in force at the step's time. Only the dinas's own administrators (Kepala Dinas, Sekretaris).",
    body: { type: DefineRoleMappingVersionRequest, example: { rules: [{ sopRoles: ['Ketua Tim Kerja'], platformRoles: ['KASI'], team: true }], note: 'SK Tim Kerja 2026' } },
    response: { type: RoleMappingCommandResponse },
    ifMatch: true,
    path: '/role-mappings/61/versions/2026-01-01',
    problems: [
      { status: 400, code: 'ROLE_MAPPING_INVALID', detail: 'Pemetaan jabatan tidak valid: rules[0].platformRoles[0] "CAMAT" bukan peran Jejak (pilih: KEPALA_DINAS, SEKRETARIS, KEPALA_BIDANG, KASI, STAF, PETUGAS)', errors: [{ field: 'rules[0].platformRoles[0]', message: 'rules[0].platformRoles[0] "CAMAT" bukan peran Jejak (pilih: KEPALA_DINAS, SEKRETARIS, KEPALA_BIDANG, KASI, STAF, PETUGAS)' }] },
      403,
      { status: 404, code: 'ROLE_MAPPING_NOT_FOUND', detail: 'Pemetaan jabatan dinas wilayah 35 tidak ditemukan' },
      409,
      412,
    ],
  })
  @Roles(...ROLE_MAPPING_ADMINS)
  async define(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: RoleMappingVersionParams,
    @Body() body: DefineRoleMappingVersionRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RoleMappingCommandResponse> {
    const result = await this.commands.execute<DefineRoleMappingVersionCommand, DefineRoleMappingVersionResult>(
      new DefineRoleMappingVersionCommand(user, params.tenant, params.effectiveFrom, body, expectedRevision),
    );
    setETag(res, result.revision);
    return { tenant: params.tenant, effectiveFrom: params.effectiveFrom, replaced: result.replaced, revision: result.revision };
  }
}
