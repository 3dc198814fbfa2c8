import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { LoanProductEvent, LoanProductState } from '../../../domain';
import { CommandResponse, respond } from '../../../shared/dana-bergulir.response';
import { PRODUCT_WRITERS } from '../../../shared/dana-bergulir.roles';
import { TERMS_EXAMPLE, toTerms } from '../../../shared/loan-product-terms.dto';
import { LoanProductParams } from '../../queries/loan-product/loan-product.request.dto';
import { AddLoanProductVersionCommand } from './add-loan-product-version.command';
import { AddLoanProductVersionRequest } from './add-loan-product-version.request.dto';

@ApiTags('Produk pinjaman')
@ApiBearerAuth()
@Controller('loan-products')
export class AddLoanProductVersionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/versions')
  @ApiEndpoint({
    summary: 'Add a product version',
    description:
      'New terms in force from `effectiveFrom`, which must be after the latest version. Earlier versions stay unchanged: a loan keeps the version it was approved under. Send the ETag read as `If-Match`.',
    body: { type: AddLoanProductVersionRequest, example: { effectiveFrom: '2026-01-01', terms: { ...TERMS_EXAMPLE, jasaRatePercent: '4.5' } } },
    response: { status: 200, type: CommandResponse },
    path: '/loan-products/{id}/versions',
    problems: [
      400,
      403,
      { status: 404, code: 'LOAN_PRODUCT_NOT_FOUND', detail: 'produk pinjaman tidak ditemukan' },
      412,
    ],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...PRODUCT_WRITERS)
  async addVersion(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanProductParams,
    @Body() body: AddLoanProductVersionRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new AddLoanProductVersionCommand(user, params.id, body.effectiveFrom, toTerms(body.terms), expectedRevision);
    return respond(res, await this.commands.execute<AddLoanProductVersionCommand, CommandOutcome<LoanProductEvent, LoanProductState>>(command));
  }
}
