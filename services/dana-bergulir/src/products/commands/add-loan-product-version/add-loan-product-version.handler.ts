import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { LoanProductAggregate, type LoanProductCommand, type LoanProductEvent, type LoanProductState } from '../../../domain';
import { AddLoanProductVersionCommand } from './add-loan-product-version.command';

@CommandHandler(AddLoanProductVersionCommand)
export class AddLoanProductVersionHandler implements ICommandHandler<AddLoanProductVersionCommand, CommandOutcome<LoanProductEvent, LoanProductState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ user, id, effectiveFrom, terms, expectedRevision }: AddLoanProductVersionCommand): Promise<CommandOutcome<LoanProductEvent, LoanProductState>> {
    return this.pipeline.execute(LoanProductAggregate, {
      id,
      command: (state): LoanProductCommand => {
        // Another dinas's product is reported as not found, so its existence does not leak.
        if (state.stage === 'none' || !canRead(user, state.tenant)) throw notFound('LOAN_PRODUCT_NOT_FOUND', 'produk pinjaman tidak ditemukan');
        assertCanWrite(user, state.tenant);
        return { type: 'AddLoanProductVersion', effectiveFrom, terms, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
