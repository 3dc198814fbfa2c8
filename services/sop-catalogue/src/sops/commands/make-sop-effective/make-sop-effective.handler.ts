import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { SopAggregate, type SopCommand } from '../../../domain';
import type { SopCommandOutcome } from '../../sop-command.response';
import { writableSop } from '../../sop-write.guard';
import { MakeSopEffectiveCommand } from './make-sop-effective.command';

@CommandHandler(MakeSopEffectiveCommand)
export class MakeSopEffectiveHandler implements ICommandHandler<MakeSopEffectiveCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(c: MakeSopEffectiveCommand): Promise<SopCommandOutcome> {
    return this.pipeline.execute(SopAggregate, {
      id: c.sopId,
      command: (state): SopCommand => {
        writableSop(state, c.sopId, c.user);
        return { type: 'MakeSopEffective', version: c.version, effectiveFrom: c.body.effectiveFrom, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(c.user, currentCorrelationId()),
      expectedRevision: c.expectedRevision,
    });
  }
}
