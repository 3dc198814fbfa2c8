import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { ProgrammeAggregate, type ProgrammeCommand, type ProgrammeEvent, type ProgrammeState } from '../../../domain';
import { AddProgrammeVersionCommand } from './add-programme-version.command';

@CommandHandler(AddProgrammeVersionCommand)
export class AddProgrammeVersionHandler implements ICommandHandler<AddProgrammeVersionCommand, CommandOutcome<ProgrammeEvent, ProgrammeState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ user, id, effectiveFrom, terms, expectedRevision }: AddProgrammeVersionCommand): Promise<CommandOutcome<ProgrammeEvent, ProgrammeState>> {
    return this.pipeline.execute(ProgrammeAggregate, {
      id,
      command: (state): ProgrammeCommand => {
        // Another dinas's programme is reported as not found, so its existence does not leak.
        if (state.stage === 'none' || !canRead(user, state.tenant)) throw notFound('PROGRAMME_NOT_FOUND', 'program dana bergulir tidak ditemukan');
        assertCanWrite(user, state.tenant);
        return { type: 'AddProgrammeVersion', effectiveFrom, terms, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
