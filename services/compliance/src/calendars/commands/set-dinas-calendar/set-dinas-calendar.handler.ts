import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DinasCalendarExecutor } from '../../dinas-calendar.executor';
import { SetDinasCalendarCommand } from './set-dinas-calendar.command';

@CommandHandler(SetDinasCalendarCommand)
export class SetDinasCalendarHandler implements ICommandHandler<SetDinasCalendarCommand, number> {
  constructor(private readonly executor: DinasCalendarExecutor) {}

  execute({ user, tenant, body, expectedRevision }: SetDinasCalendarCommand): Promise<number> {
    const calendar = { ...body };
    return this.executor.execute(user, tenant, (at) => ({ type: 'SetDinasCalendar', tenant, calendar, at }), expectedRevision);
  }
}
