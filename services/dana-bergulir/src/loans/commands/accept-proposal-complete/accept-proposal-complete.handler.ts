import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { LoanAggregate, type LoanCommand, type LoanEvent, type LoanState } from '../../../domain';
import { AcceptProposalCompleteCommand } from './accept-proposal-complete.command';

@CommandHandler(AcceptProposalCompleteCommand)
export class AcceptProposalCompleteHandler implements ICommandHandler<AcceptProposalCompleteCommand, CommandOutcome<LoanEvent, LoanState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ user, id, note, expectedRevision }: AcceptProposalCompleteCommand): Promise<CommandOutcome<LoanEvent, LoanState>> {
    return this.pipeline.execute(LoanAggregate, {
      id,
      command: (state): LoanCommand => {
        // Another dinas's loan is reported as not found, so its existence does not leak.
        if (state.stage === 'none' || !canRead(user, state.tenant)) throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
        assertCanWrite(user, state.tenant);
        return { type: 'AcceptProposalComplete', note, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
