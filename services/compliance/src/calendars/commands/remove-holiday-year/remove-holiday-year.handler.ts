import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DinasCalendarExecutor } from '../../dinas-calendar.executor';
import { RemoveHolidayYearCommand } from './remove-holiday-year.command';

@CommandHandler(RemoveHolidayYearCommand)
export class RemoveHolidayYearHandler implements ICommandHandler<RemoveHolidayYearCommand, number> {
  constructor(private readonly executor: DinasCalendarExecutor) {}

  execute({ user, tenant, year, expectedRevision }: RemoveHolidayYearCommand): Promise<number> {
    return this.executor.execute(user, tenant, (at) => ({ type: 'RemoveHolidayYear', tenant, year, at }), expectedRevision);
  }
}
