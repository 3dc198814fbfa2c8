import { notFound, validationError, type Decider, type DomainErrorDetail } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import { validateDinasCalendar, type DinasCalendar, type HolidayYear } from '@jejak/working-time';
import { defaultCalendarFor } from './dinas-calendar.defaults';
import type { DinasCalendarEvent } from './dinas-calendar.events';
import { dinasCalendarStream } from './dinas-calendar.stream';

/** Calendar fields an administrator sets; what is left out takes the default. */
export type DinasCalendarInput = Partial<Record<keyof DinasCalendar, unknown>>;

export type DinasCalendarCommand =
  | { type: 'SetDinasCalendar'; tenant: string; calendar: DinasCalendarInput; at: string }
  | { type: 'SetHolidayYear'; tenant: string; year: number; source: unknown; holidays: unknown; at: string }
  | { type: 'RemoveHolidayYear'; tenant: string; year: number; at: string };

export interface DinasCalendarState {
  /** null while the dinas runs on the default calendar. */
  calendar: DinasCalendar | null;
}

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

function decide(command: DinasCalendarCommand, state: DinasCalendarState): DinasCalendarEvent[] {
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

/** The working calendar of one dinas: time zone, office hours, working days, holidays and cuti bersama per year. */
export const dinasCalendarDecider: Decider<DinasCalendarCommand, DinasCalendarEvent, DinasCalendarState> = {
  decide,
  evolve: (_state, event) => ({ calendar: event.data.calendar }),
  initialState: () => ({ calendar: null }),
};

/** The dinas calendar as the command pipeline runs it: one stream per dinas, the id is the tenant code. */
export const DinasCalendarAggregate: AggregateType<DinasCalendarCommand, DinasCalendarEvent, DinasCalendarState> = {
  name: 'kalender dinas',
  stream: dinasCalendarStream,
  decider: dinasCalendarDecider,
};
