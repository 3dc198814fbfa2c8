import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { LoanEvent, LoanState } from '../../../domain';
import { CommandResponse, respond } from '../../../shared/dana-bergulir.response';
import { PRODUCT_WRITERS } from '../../../shared/dana-bergulir.roles';
import { LoanParams } from '../../queries/loan/loan.request.dto';
import { ApproveLoanCommand } from './approve-loan.command';
import { ApproveLoanRequest } from './approve-loan.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class ApproveLoanHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/approve')
  @ApiEndpoint({
    summary: 'Record the penetapan (SK)',
    description: "The SK of the fund head names this borrower and amount (SOP 19); one SK may name several loans (send its number on each). At most the recommended amount. Send the ETag read as `If-Match`.",
    body: { type: ApproveLoanRequest, example: { skNumber: '500/17/408.46/2025', skDate: '2025-04-01', approvedAmount: 20_000_000 } },
    response: { status: 200, type: CommandResponse },
    path: '/loans/{id}/approve',
    problems: [400, 403, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }, { status: 409, code: 'LOAN_NOT_VERIFIED', detail: 'Hanya usulan yang direkomendasikan hasil verifikasi yang dapat ditetapkan' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...PRODUCT_WRITERS)
  async approve(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: ApproveLoanRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new ApproveLoanCommand(user, params.id, body.skNumber, body.skDate, body.approvedAmount, expectedRevision);
    return respond(res, await this.commands.execute<ApproveLoanCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
