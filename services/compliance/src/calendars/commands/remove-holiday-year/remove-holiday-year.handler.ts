import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { assertCalendarWritable } from '../../calendar-access';
import { DinasCalendarAggregate } from '../../../domain/dinas-calendar/dinas-calendar.decider';
import { RemoveHolidayYearCommand } from './remove-holiday-year.command';

/** Only the dinas's own administrators write its calendar (checked before the stream is read); another dinas's is not found. */
@CommandHandler(RemoveHolidayYearCommand)
export class RemoveHolidayYearHandler implements ICommandHandler<RemoveHolidayYearCommand, number> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, tenant, year, expectedRevision }: RemoveHolidayYearCommand): Promise<number> {
    assertCalendarWritable(user, tenant);
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(DinasCalendarAggregate, {
      id: tenant,
      command: { type: 'RemoveHolidayYear', tenant, year, at },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
    return outcome.revision;
  }
}
