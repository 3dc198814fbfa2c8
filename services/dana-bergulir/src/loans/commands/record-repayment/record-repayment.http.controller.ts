import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { LoanEvent, LoanState } from '../../../domain';
import { CommandResponse, respond } from '../../../shared/dana-bergulir.response';
import { LOAN_STAFF } from '../../../shared/dana-bergulir.roles';
import { LoanParams } from '../../queries/loan/loan.request.dto';
import { RecordRepaymentCommand } from './record-repayment.command';
import { RecordRepaymentRequest } from './record-repayment.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class RecordRepaymentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/repayments')
  @ApiEndpoint({
    summary: 'Record a repayment',
    description: "A payment line of the bank statement (rekening koran) for this loan: allocated oldest installment first, within each installment in the product's allocation order (denda is not computed yet); paying everything due settles the loan (LoanSettled). 400 for a payment before disbursement, an amount over what is due, or a bank reference already recorded (LOAN_REPAYMENT_DUPLICATE). Send the ETag read as `If-Match`.",
    body: { type: RecordRepaymentRequest, example: { paidOn: '2025-05-02', amount: 797_771, bankReference: 'RK-BJATIM-20250502-0042' } },
    response: { status: 200, type: CommandResponse },
    path: '/loans/{id}/repayments',
    problems: [400, 403, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }, { status: 400, code: 'LOAN_REPAYMENT_DUPLICATE', detail: 'Baris rekening koran ini sudah dicatat' }, { status: 409, code: 'LOAN_NOT_ACTIVE', detail: 'Angsuran hanya dapat dicatat untuk pinjaman yang sudah disalurkan dan belum lunas' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...LOAN_STAFF)
  async recordRepayment(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: RecordRepaymentRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new RecordRepaymentCommand(user, params.id, body.paidOn, body.amount, body.bankReference, expectedRevision);
    return respond(res, await this.commands.execute<RecordRepaymentCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
