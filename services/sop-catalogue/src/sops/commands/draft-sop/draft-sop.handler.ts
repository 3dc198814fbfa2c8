import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { SopAggregate } from '../../../domain';
import type { SopCommandOutcome } from '../../sop-command.response';
import { DraftSopCommand } from './draft-sop.command';

/** Drafts a new SOP in the user's own dinas: a new stream, with a new id. */
@CommandHandler(DraftSopCommand)
export class DraftSopHandler implements ICommandHandler<DraftSopCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ user, unit, content }: DraftSopCommand): Promise<SopCommandOutcome> {
    const sopId = this.ids.next();
    return this.pipeline.execute(SopAggregate, {
      id: sopId,
      command: { type: 'DraftSop', sopId, issuer: { tenant: user.tenant, unit }, content, origin: { kind: 'scratch' }, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
