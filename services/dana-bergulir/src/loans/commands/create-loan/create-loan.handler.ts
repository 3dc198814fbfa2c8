import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { LoanAggregate, type LoanEvent, type LoanState } from '../../../domain';
import { CreateLoanCommand } from './create-loan.command';

@CommandHandler(CreateLoanCommand)
export class CreateLoanHandler implements ICommandHandler<CreateLoanCommand, CommandOutcome<LoanEvent, LoanState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ user, title }: CreateLoanCommand): Promise<CommandOutcome<LoanEvent, LoanState>> {
    assertCanWrite(user, user.tenant);
    const id = this.ids.next();
    return this.pipeline.execute(LoanAggregate, {
      id,
      command: { type: 'CreateLoan', id, tenant: user.tenant, title, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
