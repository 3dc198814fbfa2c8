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
import { ReturnProposalIncompleteCommand } from './return-proposal-incomplete.command';
import { ReturnProposalIncompleteRequest } from './return-proposal-incomplete.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class ReturnProposalIncompleteHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/return-incomplete')
  @ApiEndpoint({
    summary: 'Return a proposal as incomplete',
    description: "The completeness check (SOP 17) found gaps: the proposal goes back to the applicant with the missing items. This can happen several times. Send the ETag read as `If-Match`.",
    body: { type: ReturnProposalIncompleteRequest, example: { missing: ['Fotokopi KTP pemohon'], note: 'Mohon dilengkapi' } },
    response: { status: 200, type: CommandResponse },
    path: '/loans/{id}/return-incomplete',
    problems: [400, 403, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }, { status: 409, code: 'LOAN_NOT_AWAITING_CHECK', detail: 'Usulan ini tidak sedang menunggu pemeriksaan kelengkapan' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...LOAN_STAFF)
  async returnIncomplete(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: ReturnProposalIncompleteRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new ReturnProposalIncompleteCommand(user, params.id, body.missing, body.note ?? '', expectedRevision);
    return respond(res, await this.commands.execute<ReturnProposalIncompleteCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
