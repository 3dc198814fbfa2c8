import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IdempotencyKey, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { plainContent } from '../../dto/sop-content.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_DRAFTERS } from '../../sop-write.roles';
import { DraftSopCommand } from './draft-sop.command';
import { DraftSopRequest } from './draft-sop.request.dto';
import { SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';
import { SOP_CONTENT_EXAMPLE } from '../../sop-content.example';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class DraftSopHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Drafts a new SOP (version 1) in the caller's dinas. */
  @Post()
  @ApiEndpoint({
    summary: 'Draft a new SOP',
    description:
      "Drafts a new SOP (version 1) in the caller's dinas, owned by `unit`. The content may be incomplete; " +
      'submitting checks completeness. Answers 201 with `Location` and the stream revision as `ETag`. Drafters: Staf to Kepala Dinas. ' +
      'Retry-safe: give the new SOP\'s id as `sopId` (a UUID) or send an `Idempotency-Key` header (1–200 printable ASCII); the same request ' +
      'again (same user, same body) answers 201 with the first result (same id, same revision) and stores nothing; another request with ' +
      'the same id or key is a 409 `IDEMPOTENCY_KEY_REUSED`.',
    body: { type: DraftSopRequest, example: { unit: 'UPT PLUT KUMKM', content: SOP_CONTENT_EXAMPLE } },
    response: { status: 201, type: SopCommandResponse, description: 'Drafted', example: { sopId: SOP_ID_EXAMPLE, revision: 0, events: ['SopDrafted'] } },
    path: '/sops',
    problems: [
      400,
      { status: 400, code: 'INVALID_IDEMPOTENCY_KEY', detail: 'Header Idempotency-Key harus berisi 1 sampai 200 karakter ASCII yang dapat dicetak, misalnya sebuah UUID.', errors: [{ field: 'Idempotency-Key', message: 'Header Idempotency-Key harus berisi 1 sampai 200 karakter ASCII yang dapat dicetak, misalnya sebuah UUID.' }], summary: 'The Idempotency-Key header is invalid' },
      403,
      SopProblems.readOnly,
      { status: 409, code: 'IDEMPOTENCY_KEY_REUSED', detail: 'SOP dengan id atau Idempotency-Key ini sudah dibuat oleh permintaan lain (isi atau pengguna berbeda); gunakan id atau kunci baru', summary: 'The sopId or Idempotency-Key was used by another request' },
    ],
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes the create retry-safe (1–200 printable ASCII, e.g. a UUID); see the description' })
  @HttpCode(201)
  @Roles(...SOP_DRAFTERS)
  async draft(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: DraftSopRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new DraftSopCommand(user, body.unit, plainContent(body.content), { sopId: body.sopId, idempotencyKey });
    const result = await this.commands.execute<DraftSopCommand, SopCommandOutcome>(command);
    res.setHeader('Location', `/sops/${result.id}`);
    return respond(res, result);
  }
}
