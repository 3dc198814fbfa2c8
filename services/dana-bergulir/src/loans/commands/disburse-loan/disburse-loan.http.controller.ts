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
import { DisburseLoanCommand } from './disburse-loan.command';
import { DisburseLoanRequest } from './disburse-loan.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class DisburseLoanHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/disburse')
  @ApiEndpoint({
    summary: 'Record the disbursement',
    description: "Penyaluran confirmed by the Bank Pelaksana (SOP 20): the approved amount; the repayment schedule (integer rupiah, from the product version kept with the loan) starts at `disbursedOn`. Send the ETag read as `If-Match`.",
    body: { type: DisburseLoanRequest, example: { disbursedOn: '2025-04-02', bankReference: 'TRF-BJATIM-20250402-0001' } },
    response: { status: 200, type: CommandResponse },
    path: '/loans/{id}/disburse',
    problems: [400, 403, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }, { status: 409, code: 'LOAN_NOT_APPROVED', detail: 'Hanya pinjaman yang sudah ditetapkan dan belum disalurkan yang dapat disalurkan' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...LOAN_STAFF)
  async disburse(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: DisburseLoanRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new DisburseLoanCommand(user, params.id, body.disbursedOn, body.bankReference, expectedRevision);
    return respond(res, await this.commands.execute<DisburseLoanCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
