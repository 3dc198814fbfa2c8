import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { ReportFollowUpCommand } from './report-follow-up.command';

/** The recipient reports what was done about the disposisi (tindak lanjut). */
@CommandHandler(ReportFollowUpCommand)
export class ReportFollowUpHandler implements ICommandHandler<ReportFollowUpCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, disposisiId, body, expectedRevision }: ReportFollowUpCommand): Promise<LetterCommandResult> {
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).masuk, {
      id: letterId,
      command: forWriter(SURAT_MASUK, user, letterId, () => ({
        type: 'ReportDisposisiFollowUp',
        by: actingUser(user),
        at,
        data: { letterId, disposisiId, laporan: body.laporan, lampiran: (body.lampiran ?? []).map((d) => ({ ...d })) },
      })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_MASUK, user.tenant, letterId, at),
    });
    return letterResult(outcome);
  }
}
