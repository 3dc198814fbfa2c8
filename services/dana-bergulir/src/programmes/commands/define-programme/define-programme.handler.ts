import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { ProgrammeAggregate, type ProgrammeEvent, type ProgrammeState } from '../../../domain';
import { DefineProgrammeCommand } from './define-programme.command';

@CommandHandler(DefineProgrammeCommand)
export class DefineProgrammeHandler implements ICommandHandler<DefineProgrammeCommand, CommandOutcome<ProgrammeEvent, ProgrammeState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ user, code, name, effectiveFrom, terms }: DefineProgrammeCommand): Promise<CommandOutcome<ProgrammeEvent, ProgrammeState>> {
    assertCanWrite(user, user.tenant);
    const id = this.ids.next();
    return this.pipeline.execute(ProgrammeAggregate, {
      id,
      command: { type: 'DefineProgramme', id, tenant: user.tenant, code, name, effectiveFrom, terms, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
