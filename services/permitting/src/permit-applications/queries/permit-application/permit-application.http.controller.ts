import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { PermitApplicationView } from './permit-application.handler';
import { GetPermitApplicationQuery } from './permit-application.query';
import { PermitApplicationParams } from './permit-application.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class GetPermitApplicationHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** One permit-application; the ETag is its stream revision (send it as If-Match when changing it). */
  @Get(':id')
  @AllowReadOnlyRoles()
  @ApiOkResponse({ type: PermitApplicationView })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: PermitApplicationParams, @Res({ passthrough: true }) res: Response): Promise<PermitApplicationView> {
    const view = await this.queries.execute<GetPermitApplicationQuery, PermitApplicationView>(new GetPermitApplicationQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
