import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { SendDisposisiCommand } from './send-disposisi.command';

/** The holder, or a recipient disposing further, sends a disposisi DOWN the hierarchy to one or more people. */
@CommandHandler(SendDisposisiCommand)
export class SendDisposisiHandler implements ICommandHandler<SendDisposisiCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ user, letterId, body, expectedRevision }: SendDisposisiCommand): Promise<LetterCommandResult> {
    const at = this.clock.now().toISOString();
    const disposisiIds = body.recipients.map(() => this.ids.next());
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).masuk, {
      id: letterId,
      command: forWriter(SURAT_MASUK, user, letterId, () => ({
        type: 'SendDisposisi',
        by: actingUser(user),
        at,
        data: {
          letterId,
          fromDisposisiId: body.fromDisposisiId ?? null,
          recipients: body.recipients.map((r) => (r.unit === undefined ? { userId: r.userId, name: r.name, role: r.role } : { userId: r.userId, name: r.name, role: r.role, unit: r.unit })),
          disposisiIds,
          instruction: body.instruction,
          catatan: body.catatan ?? '',
          batasWaktu: body.batasWaktu ?? null,
        },
      })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_MASUK, user.tenant, letterId, at),
    });
    return letterResult(outcome);
  }
}
