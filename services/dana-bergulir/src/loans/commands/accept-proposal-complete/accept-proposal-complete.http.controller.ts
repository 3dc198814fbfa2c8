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
import { AcceptProposalCompleteCommand } from './accept-proposal-complete.command';
import { AcceptProposalCompleteRequest } from './accept-proposal-complete.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class AcceptProposalCompleteHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/accept-complete')
  @ApiEndpoint({
    summary: 'Accept a proposal as complete',
    description: "The completeness check (SOP 17) passed: the proposal goes on to field verification. Send the ETag read as `If-Match`.",
    body: { type: AcceptProposalCompleteRequest, example: { note: 'Berkas lengkap' } },
    response: { status: 200, type: CommandResponse },
    path: '/loans/{id}/accept-complete',
    problems: [400, 403, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }, { status: 409, code: 'LOAN_NOT_AWAITING_CHECK', detail: 'Usulan ini tidak sedang menunggu pemeriksaan kelengkapan' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...LOAN_STAFF)
  async acceptComplete(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: AcceptProposalCompleteRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new AcceptProposalCompleteCommand(user, params.id, body.note ?? '', expectedRevision);
    return respond(res, await this.commands.execute<AcceptProposalCompleteCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
