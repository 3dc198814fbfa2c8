import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { PermitApplicationAggregate, type PermitApplicationEvent, type PermitApplicationState } from '../../../domain';
import { CreatePermitApplicationCommand } from './create-permit-application.command';

@CommandHandler(CreatePermitApplicationCommand)
export class CreatePermitApplicationHandler implements ICommandHandler<CreatePermitApplicationCommand, CommandOutcome<PermitApplicationEvent, PermitApplicationState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ user, title }: CreatePermitApplicationCommand): Promise<CommandOutcome<PermitApplicationEvent, PermitApplicationState>> {
    assertCanWrite(user, user.tenant);
    const id = this.ids.next();
    return this.pipeline.execute(PermitApplicationAggregate, {
      id,
      command: { type: 'CreatePermitApplication', id, tenant: user.tenant, title, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
