import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { SopAggregate, type SopCommand } from '../../../domain';
import type { SopCommandOutcome } from '../../sop-command.response';
import { writableSop } from '../../sop-write.guard';
import { ConfirmSopProposalCommand } from './confirm-sop-proposal.command';

@CommandHandler(ConfirmSopProposalCommand)
export class ConfirmSopProposalHandler implements ICommandHandler<ConfirmSopProposalCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(c: ConfirmSopProposalCommand): Promise<SopCommandOutcome> {
    return this.pipeline.execute(SopAggregate, {
      id: c.sopId,
      command: (state): SopCommand => {
        writableSop(state, c.sopId, c.user);
        return { type: 'ConfirmSopProposal', version: c.version, proposalId: c.proposalId, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(c.user, currentCorrelationId()),
      expectedRevision: c.expectedRevision,
    });
  }
}
