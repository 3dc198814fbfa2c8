import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IdempotencyKey, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.response';
import { CASE_STAFF } from '../../case.roles';
import { StartCaseCommand } from './start-case.command';
import { StartCaseRequest } from './start-case.request.dto';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class StartCaseHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Starts a case of an SOP in the caller's dinas, pinned to the version in force today (for SOPs no other service runs). */
  @Post()
  @ApiEndpoint({
    summary: 'Start a case',
    description:
      "Starts a case of an SOP in the caller's dinas, pinned to the SOP version in force today on the dinas's calendar (for SOPs no other service runs). Staff roles only. " +
      'To retry safely, choose the `caseId` (a UUID) or send an `Idempotency-Key` header: a retry of the same request returns the first result (same case, same revision); another request with that id or key is a 409 `IDEMPOTENCY_KEY_REUSED`.',
    body: { type: StartCaseRequest, example: { sopId: '6f1c2e9b-8d4a-4f1e-9a77-5c2d1e8b4a90', reference: 'PLUT/2025/017' } },
    response: { status: 201, type: CaseCommandResponse },
    path: '/cases',
    problems: [400, { status: 400, code: 'TEAM_LANE_UNKNOWN', detail: 'Lajur "Tim Teknis" tidak ada pada SOP ini. Lajur pelaksana SOP: Ketua Tim Kerja, Anggota Tim Kerja, Bank Pelaksana, Kepala Bidang.' }, 403, { status: 404, code: 'SOP_NOT_FOUND', detail: 'SOP 6f1c2e9b-8d4a-4f1e-9a77-5c2d1e8b4a90 tidak ditemukan di dinas Anda' }, { status: 409, code: 'SOP_NOT_EFFECTIVE', detail: 'SOP Peningkatan Pelayanan PLUT tidak memiliki versi yang berlaku pada 2025-03-03' }, { status: 409, code: 'IDEMPOTENCY_KEY_REUSED', detail: 'kasus dengan id atau Idempotency-Key ini sudah dibuat oleh permintaan lain (isi atau pengguna berbeda); gunakan id atau kunci baru' }],
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes the start retryable: 1-200 printable ASCII characters (e.g. a UUID); a retry with the same key and body returns the first result' })
  @HttpCode(201)
  @Roles(...CASE_STAFF)
  async start(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: StartCaseRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseCommandResponse> {
    const result = await this.commands.execute<StartCaseCommand, CaseCommandResult>(new StartCaseCommand(user, body, idempotencyKey));
    res.setHeader('Location', `/cases/${result.caseId}`);
    return respondCase(res, result);
  }
}
