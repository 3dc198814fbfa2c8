import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { LoanEvent, LoanState } from '../../../domain';
import { CommandResponse, respond } from '../../../shared/dana-bergulir.response';
import { LOAN_STAFF } from '../../../shared/dana-bergulir.roles';
import { ProposeLoanCommand } from './propose-loan.command';
import { ProposeLoanRequest } from './propose-loan.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class ProposeLoanHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiEndpoint({
    summary: 'Record a loan proposal',
    description:
      'Records a proposal received by the dinas (SOP 17): the applicant (a cooperative by NIK koperasi or a business by NIB), the person (NIK, name, address: personal data, stored apart), amount, purpose and collateral. ' +
      'The product version in force on `receivedOn` applies and is kept with the loan; the amount may not exceed its ceiling per borrower. The proposal then waits for the completeness check.',
    body: {
      type: ProposeLoanRequest,
      example: {
        productId: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b',
        receivedOn: '2025-03-03',
        applicant: { kind: 'usaha', number: '9120001234567', name: 'UD Batik Tulis Sari' },
        personal: { nik: '3501014512800001', name: 'Sri Lestari', address: 'Jl. Ahmad Yani 10, Pacitan' },
        amount: 25_000_000,
        purpose: 'Modal kerja pembelian kain dan malam',
        collateral: 'BPKB sepeda motor',
      },
    },
    response: { status: 201, type: CommandResponse },
    path: '/loans',
    problems: [400, { status: 400, code: 'LOAN_PRODUCT_NOT_FOUND', detail: 'Produk pinjaman tidak ditemukan di dinas Anda' }, 403],
  })
  @HttpCode(201)
  @Roles(...LOAN_STAFF)
  async propose(@CurrentUser() user: AuthenticatedUser, @Body() body: ProposeLoanRequest, @Res({ passthrough: true }) res: Response): Promise<CommandResponse> {
    const { productId, receivedOn, applicant, personal, amount, purpose, collateral } = body;
    const command = new ProposeLoanCommand(user, {
      productId,
      receivedOn,
      applicant: { kind: applicant.kind, number: applicant.number, name: applicant.name },
      personal: { nik: personal.nik, name: personal.name, address: personal.address },
      amount,
      purpose,
      collateral,
    });
    const outcome = await this.commands.execute<ProposeLoanCommand, CommandOutcome<LoanEvent, LoanState>>(command);
    res.setHeader('Location', `/loans/${outcome.id}`);
    return respond(res, outcome);
  }
}
