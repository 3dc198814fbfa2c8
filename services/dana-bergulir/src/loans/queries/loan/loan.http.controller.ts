import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LoanView } from './loan.handler';
import { GetLoanQuery } from './loan.query';
import { LoanParams } from './loan.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class GetLoanHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiEndpoint({
    summary: 'Read a loan',
    description: "One loan from the read model, with its stage; the ETag is its stream revision (send it as If-Match with the next step). Personal data (NIK, name, address) is shown only to users of the loan's own dinas.",
    response: { status: 200, type: LoanView },
    path: '/loans/{id}',
    problems: [400, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }],
  })
  @AllowReadOnlyRoles()
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LoanParams, @Res({ passthrough: true }) res: Response): Promise<LoanView> {
    const view = await this.queries.execute<GetLoanQuery, LoanView>(new GetLoanQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
