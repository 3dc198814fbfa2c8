import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { SopAggregate, type SopCommand } from '../../../domain';
import type { SopCommandOutcome } from '../../sop-command.response';
import { writableSop } from '../../sop-write.guard';
import { RejectSopProposalCommand } from './reject-sop-proposal.command';

@CommandHandler(RejectSopProposalCommand)
export class RejectSopProposalHandler implements ICommandHandler<RejectSopProposalCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(c: RejectSopProposalCommand): Promise<SopCommandOutcome> {
    return this.pipeline.execute(SopAggregate, {
      id: c.sopId,
      command: (state): SopCommand => {
        writableSop(state, c.sopId, c.user);
        return { type: 'RejectSopProposal', version: c.version, proposalId: c.proposalId, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(c.user, currentCorrelationId()),
      expectedRevision: c.expectedRevision,
    });
  }
}
