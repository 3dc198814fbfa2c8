import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { sopCaseLinkOf } from '../../../shared/sop-case.link';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { LinkSopCaseCommand } from './link-sop-case.command';

/** Links a registered letter to an existing SOP case it advances; its later facts map through the flow. */
@CommandHandler(LinkSopCaseCommand)
export class LinkSopCaseHandler implements ICommandHandler<LinkSopCaseCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, body, expectedRevision }: LinkSopCaseCommand): Promise<LetterCommandResult> {
    const at = this.clock.now().toISOString();
    const letterFlow = this.registry.flow(user.tenant, body.flow, 'flow');
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).masuk, {
      id: letterId,
      command: forWriter(SURAT_MASUK, user, letterId, () => ({ type: 'LinkSuratMasukToSopCase', by: actingUser(user), at, data: { letterId, sopCase: sopCaseLinkOf(letterFlow, body.caseId) } })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_MASUK, user.tenant, letterId, at, { link: { flow: letterFlow.key, caseId: body.caseId }, opening: null }),
    });
    return letterResult(outcome);
  }
}
