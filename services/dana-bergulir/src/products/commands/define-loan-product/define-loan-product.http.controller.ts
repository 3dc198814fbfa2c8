import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { LoanProductEvent, LoanProductState } from '../../../domain';
import { CommandResponse, respond } from '../../../shared/dana-bergulir.response';
import { PRODUCT_WRITERS } from '../../../shared/dana-bergulir.roles';
import { TERMS_EXAMPLE, toTerms } from '../../../shared/loan-product-terms.dto';
import { DefineLoanProductCommand } from './define-loan-product.command';
import { DefineLoanProductRequest } from './define-loan-product.request.dto';

@ApiTags('Produk pinjaman')
@ApiBearerAuth()
@Controller('loan-products')
export class DefineLoanProductHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiEndpoint({
    summary: 'Define a loan product',
    description:
      "Defines a revolving-fund loan product of the caller's dinas as version 1, in force from `effectiveFrom`: ceiling per borrower, jasa rate, term, schedule method, frequency, grace, denda, allocation order and the kolektibilitas ladder with allowances. " +
      'Rates are decimal strings (never JSON numbers); money is integer rupiah. Every wrong field is named in `errors[]`.',
    body: { type: DefineLoanProductRequest, example: { code: 'DB-UMKM', name: 'Dana Bergulir UMKM 2025', effectiveFrom: '2025-01-01', terms: TERMS_EXAMPLE } },
    response: { status: 201, type: CommandResponse },
    path: '/loan-products',
    problems: [400, 403],
  })
  @HttpCode(201)
  @Roles(...PRODUCT_WRITERS)
  async define(@CurrentUser() user: AuthenticatedUser, @Body() body: DefineLoanProductRequest, @Res({ passthrough: true }) res: Response): Promise<CommandResponse> {
    const command = new DefineLoanProductCommand(user, body.code, body.name, body.effectiveFrom, toTerms(body.terms));
    const outcome = await this.commands.execute<DefineLoanProductCommand, CommandOutcome<LoanProductEvent, LoanProductState>>(command);
    res.setHeader('Location', `/loan-products/${outcome.id}`);
    return respond(res, outcome);
  }
}
