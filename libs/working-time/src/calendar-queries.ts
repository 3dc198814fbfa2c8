import { DateTime } from 'luxon';
import { validationError } from '@jejak/domain-kit';
import type { DinasCalendar } from './dinas-calendar';
import { compileCalendar, officeIntervals } from './office-time.engine';

/** Whether a local date (YYYY-MM-DD) is a working day of the dinas (a working weekday, not a closing holiday). */
export function isWorkingDay(calendar: DinasCalendar, isoDate: string): boolean {
  const c = compileCalendar(calendar);
  const day = DateTime.fromISO(isoDate, { zone: c.zone });
  if (!day.isValid) throw validationError('DATE_INVALID', `${isoDate} is not a date YYYY-MM-DD`, [{ field: 'date', message: 'not a date' }]);
  return officeIntervals(c, day.startOf('day')).length > 0;
}
