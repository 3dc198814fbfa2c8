import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { PermitTypeParams } from '../../commands/revise-permit-type/revise-permit-type.request.dto';
import { PermitTypeView } from './permit-type.handler';
import { GetPermitTypeQuery } from './permit-type.query';
import { PermitTypeAsOfQuery } from './permit-type.request.dto';

@ApiTags('permit-types')
@ApiBearerAuth()
@Controller('permit-types')
export class GetPermitTypeHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code')
  @AllowReadOnlyRoles()
  @ApiEndpoint({
    summary: 'Read a permit type of the caller\'s dinas',
    description: 'Every version (oldest first), or with asOf the version in force on that date. The ETag is the stream revision, for If-Match on a revision.',
    response: { type: PermitTypeView },
    path: '/permit-types/{code}',
    problems: [400, { status: 404, code: 'PERMIT_TYPE_NOT_FOUND', detail: 'Jenis izin IUI_REKOMTEK tidak ditemukan' }],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: PermitTypeParams, @Query() query: PermitTypeAsOfQuery, @Res({ passthrough: true }) res: Response): Promise<PermitTypeView> {
    const view = await this.queries.execute<GetPermitTypeQuery, PermitTypeView>(new GetPermitTypeQuery(user, params.code, query.asOf));
    setETag(res, view.revision);
    return view;
  }
}
