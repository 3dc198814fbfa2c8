import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { LoanProductView } from './loan-product.handler';
import { GetLoanProductQuery } from './loan-product.query';
import { LoanProductParams } from './loan-product.request.dto';

@ApiTags('Produk pinjaman')
@ApiBearerAuth()
@Controller('loan-products')
export class GetLoanProductHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiEndpoint({
    summary: 'Read a loan product',
    description: 'One product with all its versions. The ETag is its stream revision (send it as If-Match when adding a version).',
    response: { status: 200, type: LoanProductView },
    path: '/loan-products/{id}',
    problems: [400, { status: 404, code: 'LOAN_PRODUCT_NOT_FOUND', detail: 'produk pinjaman tidak ditemukan' }],
  })
  @AllowReadOnlyRoles()
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LoanProductParams, @Res({ passthrough: true }) res: Response): Promise<LoanProductView> {
    const view = await this.queries.execute<GetLoanProductQuery, LoanProductView>(new GetLoanProductQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
