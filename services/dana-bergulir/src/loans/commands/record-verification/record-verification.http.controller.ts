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
import { RecordVerificationCommand } from './record-verification.command';
import { RecordVerificationRequest } from './record-verification.request.dto';

@ApiTags('Pinjaman')
@ApiBearerAuth()
@Controller('loans')
export class RecordVerificationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/verification')
  @ApiEndpoint({
    summary: 'Record the field verification',
    description: "The survey team's report and recommendation (SOP 18): approve (the proposed amount), reduce (a lower amount) or reject (final). Send the ETag read as `If-Match`.",
    body: { type: RecordVerificationRequest, example: { team: ['Eko Nugroho', 'Yuliana Pratiwi'], reportDate: '2025-03-20', recommendation: 'reduce', recommendedAmount: 20_000_000, note: 'Usaha berjalan' } },
    response: { status: 200, type: CommandResponse },
    path: '/loans/{id}/verification',
    problems: [400, 403, { status: 404, code: 'LOAN_NOT_FOUND', detail: 'pinjaman tidak ditemukan' }, { status: 409, code: 'LOAN_NOT_AWAITING_VERIFICATION', detail: 'Usulan ini tidak sedang menunggu verifikasi lapangan' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...LOAN_STAFF)
  async recordVerification(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: RecordVerificationRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new RecordVerificationCommand(user, params.id, body.team, body.reportDate, body.recommendation, body.recommendedAmount ?? null, body.note ?? '', expectedRevision);
    return respond(res, await this.commands.execute<RecordVerificationCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
