import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { LoanProductAggregate, type LoanProductEvent, type LoanProductState } from '../../../domain';
import { DefineLoanProductCommand } from './define-loan-product.command';

@CommandHandler(DefineLoanProductCommand)
export class DefineLoanProductHandler implements ICommandHandler<DefineLoanProductCommand, CommandOutcome<LoanProductEvent, LoanProductState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ user, code, name, effectiveFrom, terms }: DefineLoanProductCommand): Promise<CommandOutcome<LoanProductEvent, LoanProductState>> {
    assertCanWrite(user, user.tenant);
    const id = this.ids.next();
    return this.pipeline.execute(LoanProductAggregate, {
      id,
      command: { type: 'DefineLoanProduct', id, tenant: user.tenant, code, name, effectiveFrom, terms, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
