import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { RoleMappingListResponse, RoleMappingParams } from '../../dto/role-mapping.dto';
import { ListRoleMappingsQuery } from './list-role-mappings.query';

@ApiTags('Pemetaan jabatan')
@ApiBearerAuth()
@Controller('role-mappings')
export class ListRoleMappingsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':tenant')
  @ApiEndpoint({
    summary: "List the versions of the dinas's role mapping",
    description: "Every version the dinas defined (by effectiveFrom, from the read model) and the default mapping that applies before the first one. Readable by the dinas and by province-wide readers of its province.",
    response: { type: RoleMappingListResponse },
    path: '/role-mappings/61',
    problems: [400, { status: 404, code: 'ROLE_MAPPING_NOT_FOUND', detail: 'Pemetaan jabatan dinas wilayah 35 tidak ditemukan' }],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Param() params: RoleMappingParams): Promise<RoleMappingListResponse> {
    return this.queries.execute(new ListRoleMappingsQuery(user, params.tenant));
  }
}
