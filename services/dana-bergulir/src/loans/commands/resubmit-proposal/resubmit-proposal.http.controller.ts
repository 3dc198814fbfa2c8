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
import { ResubmitProposalCommand } from './resubmit-proposal.command';
import { ResubmitProposalRequest } from './resubmit-proposal.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class ResubmitProposalHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/resubmit')
  @ApiEndpoint({
    summary: 'Resubmit an incomplete proposal',
    description: "The applicant brought the missing items; the amount, purpose and collateral may change (the ceiling of the proposal's product version still applies). Send the ETag read as `If-Match`.",
    body: { type: ResubmitProposalRequest, example: { receivedOn: '2025-03-12', amount: 20_000_000, purpose: 'Modal kerja pembelian kain dan malam', collateral: 'BPKB sepeda motor' } },
    response: { status: 200, type: CommandResponse },
    path: '/loans/{id}/resubmit',
    problems: [400, 403, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }, { status: 409, code: 'LOAN_NOT_INCOMPLETE', detail: 'Hanya usulan yang dikembalikan karena tidak lengkap yang dapat diajukan ulang' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...LOAN_STAFF)
  async resubmit(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: ResubmitProposalRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new ResubmitProposalCommand(user, params.id, body.receivedOn, body.amount, body.purpose, body.collateral, expectedRevision);
    return respond(res, await this.commands.execute<ResubmitProposalCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
