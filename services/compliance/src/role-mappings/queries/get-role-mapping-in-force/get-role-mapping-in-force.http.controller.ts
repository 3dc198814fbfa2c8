import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { RoleMappingInForceResponse, RoleMappingParams } from '../../dto/role-mapping.dto';
import { GetRoleMappingInForceQuery } from './get-role-mapping-in-force.query';
import { GetRoleMappingInForceRequest } from './get-role-mapping-in-force.request.dto';

@ApiTags('Pemetaan jabatan')
@ApiBearerAuth()
@Controller('role-mappings')
export class GetRoleMappingInForceHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':tenant/in-force')
  @ApiEndpoint({
    summary: "Get the dinas's role mapping in force at a date",
    description: "The mapping case steps of the dinas are judged by on a local date (default today in the dinas's time zone): its latest version from that date, or the defaults (`isDefault`). Read from the event stream, so a version just defined shows at once.",
    response: { type: RoleMappingInForceResponse },
    path: '/role-mappings/61/in-force?date=2026-03-02',
    problems: [
      { status: 400, code: 'VALIDATION_FAILED', detail: 'date harus berupa tanggal yang ada, ditulis YYYY-MM-DD (misalnya 2025-01-31)', errors: [{ field: 'date', message: 'date harus berupa tanggal yang ada, ditulis YYYY-MM-DD (misalnya 2025-01-31)' }] },
      { status: 404, code: 'ROLE_MAPPING_NOT_FOUND', detail: 'Pemetaan jabatan dinas wilayah 35 tidak ditemukan' },
    ],
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: RoleMappingParams, @Query() query: GetRoleMappingInForceRequest): Promise<RoleMappingInForceResponse> {
    return this.queries.execute(new GetRoleMappingInForceQuery(user, params.tenant, query.date));
  }
}
