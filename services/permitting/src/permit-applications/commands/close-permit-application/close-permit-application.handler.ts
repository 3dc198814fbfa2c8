import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { PermitApplicationAggregate, type PermitApplicationCommand, type PermitApplicationEvent, type PermitApplicationState } from '../../../domain';
import { ClosePermitApplicationCommand } from './close-permit-application.command';

@CommandHandler(ClosePermitApplicationCommand)
export class ClosePermitApplicationHandler implements ICommandHandler<ClosePermitApplicationCommand, CommandOutcome<PermitApplicationEvent, PermitApplicationState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ user, id, reason, expectedRevision }: ClosePermitApplicationCommand): Promise<CommandOutcome<PermitApplicationEvent, PermitApplicationState>> {
    return this.pipeline.execute(PermitApplicationAggregate, {
      id,
      command: (state): PermitApplicationCommand => {
        // Another dinas's permit-application is reported as not found, so its existence does not leak.
        if (state.stage === 'none' || !canRead(user, state.tenant)) throw notFound('PERMIT_APPLICATION_NOT_FOUND', 'permit-application tidak ditemukan');
        assertCanWrite(user, state.tenant);
        return { type: 'ClosePermitApplication', reason, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
