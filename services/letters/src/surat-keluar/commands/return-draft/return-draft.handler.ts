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
import { ReturnDraftCommand } from './return-draft.command';

/** The current reviewer (or the signer) returns the draft to its drafter with notes; the round is counted. */
@CommandHandler(ReturnDraftCommand)
export class ReturnDraftHandler implements ICommandHandler<ReturnDraftCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, catatan, expectedRevision }: ReturnDraftCommand): Promise<LetterCommandResult> {
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).keluar, {
      id: letterId,
      command: forWriter(SURAT_KELUAR, user, letterId, () => ({ type: 'ReturnDraft', by: actingUser(user), at, data: { letterId, catatan } })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_KELUAR, user.tenant, letterId, at),
    });
    return letterResult(outcome);
  }
}
