import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_KELUAR } from '../../../shared/letter-kinds';
import { DispatchLetterCommand } from './dispatch-letter.command';

/** Records how and when the signed letter left: an entry of the outgoing agenda book. */
@CommandHandler(DispatchLetterCommand)
export class DispatchLetterHandler implements ICommandHandler<DispatchLetterCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, body, expectedRevision }: DispatchLetterCommand): Promise<LetterCommandResult> {
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).keluar, {
      id: letterId,
      command: forWriter(SURAT_KELUAR, user, letterId, () => ({ type: 'DispatchLetter', by: actingUser(user), at, data: { letterId, via: body.via, dispatchedAt: body.dispatchedAt, catatan: body.catatan } })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_KELUAR, user.tenant, letterId, at),
    });
    return letterResult(outcome);
  }
}
