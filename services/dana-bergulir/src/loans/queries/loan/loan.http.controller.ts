import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LoanView } from './loan.handler';
import { GetLoanQuery } from './loan.query';
import { LoanParams } from './loan.request.dto';

@ApiTags('loans')
@ApiBearerAuth()
@Controller('loans')
export class GetLoanHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** One loan; the ETag is its stream revision (send it as If-Match when changing it). */
  @Get(':id')
  @AllowReadOnlyRoles()
  @ApiOkResponse({ type: LoanView })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LoanParams, @Res({ passthrough: true }) res: Response): Promise<LoanView> {
    const view = await this.queries.execute<GetLoanQuery, LoanView>(new GetLoanQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
