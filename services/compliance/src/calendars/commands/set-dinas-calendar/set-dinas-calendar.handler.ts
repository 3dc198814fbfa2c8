import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { assertCalendarWritable } from '../../calendar-access';
import { assertWithinCalendarLimits, calendarLimitProblems } from '../../dto/calendar-limits';
import { DinasCalendarAggregate } from '../../../domain/dinas-calendar/dinas-calendar.decider';
import { SetDinasCalendarCommand } from './set-dinas-calendar.command';

/** Only the dinas's own administrators write its calendar (checked before the stream is read); another dinas's is not found. */
@CommandHandler(SetDinasCalendarCommand)
export class SetDinasCalendarHandler implements ICommandHandler<SetDinasCalendarCommand, number> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, tenant, body, expectedRevision }: SetDinasCalendarCommand): Promise<number> {
    assertCalendarWritable(user, tenant);
    assertWithinCalendarLimits(calendarLimitProblems(body.holidays));
    const calendar = { ...body };
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(DinasCalendarAggregate, {
      id: tenant,
      command: { type: 'SetDinasCalendar', tenant, calendar, at },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
    return outcome.revision;
  }
}
