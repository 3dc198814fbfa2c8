import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DinasCalendarExecutor } from '../../dinas-calendar.executor';
import { SetHolidayYearCommand } from './set-holiday-year.command';

@CommandHandler(SetHolidayYearCommand)
export class SetHolidayYearHandler implements ICommandHandler<SetHolidayYearCommand, number> {
  constructor(private readonly executor: DinasCalendarExecutor) {}

  execute({ user, tenant, year, body, expectedRevision }: SetHolidayYearCommand): Promise<number> {
    return this.executor.execute(
      user,
      tenant,
      (at) => ({ type: 'SetHolidayYear', tenant, year, source: body.source, holidays: body.holidays, at }),
      expectedRevision,
    );
  }
}
