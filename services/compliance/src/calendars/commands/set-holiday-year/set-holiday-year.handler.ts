import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { assertCalendarWritable } from '../../calendar-access';
import { assertWithinCalendarLimits, holidayYearLimitProblems } from '../../dto/calendar-limits';
import { DinasCalendarAggregate } from '../../../domain/dinas-calendar/dinas-calendar.decider';
import { SetHolidayYearCommand } from './set-holiday-year.command';

/** Only the dinas's own administrators write its calendar (checked before the stream is read); another dinas's is not found. */
@CommandHandler(SetHolidayYearCommand)
export class SetHolidayYearHandler implements ICommandHandler<SetHolidayYearCommand, number> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, tenant, year, body, expectedRevision }: SetHolidayYearCommand): Promise<number> {
    assertCalendarWritable(user, tenant);
    assertWithinCalendarLimits(holidayYearLimitProblems(body.source, body.holidays));
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(DinasCalendarAggregate, {
      id: tenant,
      command: { type: 'SetHolidayYear', tenant, year, source: body.source, holidays: body.holidays, at },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
    return outcome.revision;
  }
}
