import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { LoanAggregate, type LoanCommand, type LoanEvent, type LoanState } from '../../../domain';
import { ApproveLoanCommand } from './approve-loan.command';

@CommandHandler(ApproveLoanCommand)
export class ApproveLoanHandler implements ICommandHandler<ApproveLoanCommand, CommandOutcome<LoanEvent, LoanState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ user, id, skNumber, skDate, approvedAmount, expectedRevision }: ApproveLoanCommand): Promise<CommandOutcome<LoanEvent, LoanState>> {
    return this.pipeline.execute(LoanAggregate, {
      id,
      command: (state): LoanCommand => {
        // Another dinas's loan is reported as not found, so its existence does not leak.
        if (state.stage === 'none' || !canRead(user, state.tenant)) throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
        assertCanWrite(user, state.tenant);
        return { type: 'ApproveLoan', skNumber, skDate, approvedAmount, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
