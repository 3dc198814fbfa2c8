import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { LoanAggregate, type LoanCommand, type LoanEvent, type LoanState } from '../../../domain';
import { ReturnProposalIncompleteCommand } from './return-proposal-incomplete.command';

@CommandHandler(ReturnProposalIncompleteCommand)
export class ReturnProposalIncompleteHandler implements ICommandHandler<ReturnProposalIncompleteCommand, CommandOutcome<LoanEvent, LoanState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ user, id, missing, note, expectedRevision }: ReturnProposalIncompleteCommand): Promise<CommandOutcome<LoanEvent, LoanState>> {
    return this.pipeline.execute(LoanAggregate, {
      id,
      command: (state): LoanCommand => {
        // Another dinas's loan is reported as not found, so its existence does not leak.
        if (state.stage === 'none' || !canRead(user, state.tenant)) throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
        assertCanWrite(user, state.tenant);
        return { type: 'ReturnProposalIncomplete', missing, note, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
