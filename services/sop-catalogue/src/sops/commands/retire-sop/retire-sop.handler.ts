import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { SopAggregate, type SopCommand } from '../../../domain';
import type { SopCommandOutcome } from '../../sop-command.response';
import { writableSop } from '../../sop-write.guard';
import { RetireSopCommand } from './retire-sop.command';

@CommandHandler(RetireSopCommand)
export class RetireSopHandler implements ICommandHandler<RetireSopCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(c: RetireSopCommand): Promise<SopCommandOutcome> {
    return this.pipeline.execute(SopAggregate, {
      id: c.sopId,
      command: (state): SopCommand => {
        writableSop(state, c.sopId, c.user);
        return { type: 'RetireSop', retiredFrom: c.body.retiredFrom, reason: c.body.reason, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(c.user, currentCorrelationId()),
      expectedRevision: c.expectedRevision,
    });
  }
}
