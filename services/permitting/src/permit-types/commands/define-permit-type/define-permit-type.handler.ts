import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { PermitTypeAggregate, permitTypeId, type PermitTypeEvent, type PermitTypeState } from '../../../domain';
import { DefinePermitTypeCommand } from './define-permit-type.command';

@CommandHandler(DefinePermitTypeCommand)
export class DefinePermitTypeHandler implements ICommandHandler<DefinePermitTypeCommand, CommandOutcome<PermitTypeEvent, PermitTypeState>> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, code, effectiveFrom, content }: DefinePermitTypeCommand): Promise<CommandOutcome<PermitTypeEvent, PermitTypeState>> {
    assertCanWrite(user, user.tenant);
    return this.pipeline.execute(PermitTypeAggregate, {
      id: permitTypeId(user.tenant, code),
      command: { type: 'DefinePermitType', tenant: user.tenant, code, effectiveFrom, content, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
    });
  }
}
