import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { SopAggregate, type SopCommand } from '../../../domain';
import { approverFrom } from '../../sop-approver';
import type { SopCommandOutcome } from '../../sop-command.response';
import { writableSop } from '../../sop-write.guard';
import { ApproveSopCommand } from './approve-sop.command';

@CommandHandler(ApproveSopCommand)
export class ApproveSopHandler implements ICommandHandler<ApproveSopCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(c: ApproveSopCommand): Promise<SopCommandOutcome> {
    return this.pipeline.execute(SopAggregate, {
      id: c.sopId,
      command: (state): SopCommand => ({
        type: 'ApproveSop',
        version: c.version,
        approver: approverFrom(c.user, c.body.jabatan, writableSop(state, c.sopId, c.user)),
        at: this.clock.now().toISOString(),
      }),
      metadata: eventMetadata(c.user, currentCorrelationId()),
      expectedRevision: c.expectedRevision,
    });
  }
}
