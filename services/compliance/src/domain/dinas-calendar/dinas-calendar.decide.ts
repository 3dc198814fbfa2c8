import { notFound, validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { validateDinasCalendar, type DinasCalendar, type HolidayYear } from '@jejak/working-time';
import type { DinasCalendarCommand, DinasCalendarInput } from './dinas-calendar.commands';
import { defaultCalendarFor } from './dinas-calendar.defaults';
import type { DinasCalendarEvent } from './dinas-calendar.events';
import type { DinasCalendarState } from './dinas-calendar.state';

function invalid(details: DomainErrorDetail[]): never {
  throw validationError('CALENDAR_INVALID', `Kalender dinas tidak valid: ${details.map((d) => d.message).join('; ')}`, details);
}

function setCalendar(tenant: string, input: DinasCalendarInput): DinasCalendar {
  const defaults = defaultCalendarFor(tenant);
  const candidate = {
    timeZone: input.timeZone ?? defaults.timeZone,
    workingDays: input.workingDays ?? defaults.workingDays,
    officeHours: input.officeHours ?? defaults.officeHours,
    holidays: input.holidays ?? defaults.holidays,
    closedOn: input.closedOn ?? defaults.closedOn,
  };
  const problems = validateDinasCalendar(candidate);
  if (problems.length > 0) invalid(problems);
  return candidate as DinasCalendar;
}

/** Checks one year's holidays on their own, naming fields as the request does (`holidays[2].date`). */
function holidayYear(year: number, source: unknown, holidays: unknown, tenant: string): HolidayYear {
  const probe = { ...defaultCalendarFor(tenant), holidays: [{ year, source, holidays }] };
  const problems = validateDinasCalendar(probe)
    .filter((p) => p.field?.startsWith('holidays[0]'))
    .map((p) => ({ field: (p.field ?? '').replace(/^holidays\[0\]\.?/, '') || 'year', message: p.message.replace(/holidays\[0\]\.?/g, '') }));
  if (problems.length > 0) invalid(problems);
  return { year, source: source as string, holidays: holidays as HolidayYear['holidays'] };
}

export function decide(command: DinasCalendarCommand, state: DinasCalendarState): DinasCalendarEvent[] {
  const current = state.calendar ?? defaultCalendarFor(command.tenant);
  const changed = (calendar: DinasCalendar, change: DinasCalendarEvent['data']['change'], year: number | null): DinasCalendarEvent[] => [
    { type: 'DinasCalendarChanged', data: { tenant: command.tenant, calendar, change, year, changedAt: command.at } },
  ];
  switch (command.type) {
    case 'SetDinasCalendar':
      return changed(setCalendar(command.tenant, command.calendar), 'calendar_set', null);
    case 'SetHolidayYear': {
      const entry = holidayYear(command.year, command.source, command.holidays, command.tenant);
      const holidays = [...current.holidays.filter((y) => y.year !== command.year), entry].sort((a, b) => a.year - b.year);
      return changed({ ...current, holidays }, 'holiday_year_set', command.year);
    }
    case 'RemoveHolidayYear': {
      if (!current.holidays.some((y) => y.year === command.year)) {
        throw notFound('HOLIDAY_YEAR_UNKNOWN', `Kalender dinas tidak memuat hari libur tahun ${command.year}`);
      }
      return changed({ ...current, holidays: current.holidays.filter((y) => y.year !== command.year) }, 'holiday_year_removed', command.year);
    }
  }
}
