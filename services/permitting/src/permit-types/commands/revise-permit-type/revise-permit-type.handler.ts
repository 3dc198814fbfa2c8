import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { PermitTypeAggregate, permitTypeId, type PermitTypeCommand, type PermitTypeEvent, type PermitTypeState } from '../../../domain';
import { RevisePermitTypeCommand } from './revise-permit-type.command';

@CommandHandler(RevisePermitTypeCommand)
export class RevisePermitTypeHandler implements ICommandHandler<RevisePermitTypeCommand, CommandOutcome<PermitTypeEvent, PermitTypeState>> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, code, effectiveFrom, content, expectedRevision }: RevisePermitTypeCommand): Promise<CommandOutcome<PermitTypeEvent, PermitTypeState>> {
    // Permit types live in the caller's dinas: another dinas's code is simply not found here.
    return this.pipeline.execute(PermitTypeAggregate, {
      id: permitTypeId(user.tenant, code),
      command: (state): PermitTypeCommand => {
        if (state.stage === 'none') throw notFound('PERMIT_TYPE_NOT_FOUND', `Jenis izin ${code} tidak ditemukan`);
        assertCanWrite(user, state.tenant);
        return { type: 'RevisePermitType', effectiveFrom, content, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
