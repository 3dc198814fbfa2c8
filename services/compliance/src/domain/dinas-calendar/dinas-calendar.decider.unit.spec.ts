import { isDomainError } from '@jejak/domain-kit';
import { defaultTimeZoneFor } from './dinas-calendar.defaults';
import type { DinasCalendarCommand } from './dinas-calendar.commands';
import { dinasCalendarDecider } from './dinas-calendar.decider';

const at = '2026-01-05T01:00:00.000Z';
const decide = (command: DinasCalendarCommand) => dinasCalendarDecider.decide(command, dinasCalendarDecider.initialState());
const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.details.map((d) => d.field ?? '');
  }
  return [];
};

describe('the dinas calendar', () => {
  it('defaults the time zone by province: WIB in Java and Kalimantan Barat, WITA in Bali and Sulawesi, WIT in Maluku and Papua', () => {
    expect(['35.01', '61', '51', '73.71', '64', '81', '94'].map(defaultTimeZoneFor)).toEqual(['WIB', 'WIB', 'WITA', 'WITA', 'WITA', 'WIT', 'WIT']);
  });

  it('fills what the administrator leaves out with the defaults', () => {
    const [event] = decide({ type: 'SetDinasCalendar', tenant: '73', calendar: { officeHours: { senin: { start: '08:00', end: '16:00' }, selasa: { start: '08:00', end: '16:00' } }, workingDays: ['senin', 'selasa'] }, at });
    expect(event.data.calendar).toMatchObject({ timeZone: 'WITA', workingDays: ['senin', 'selasa'], closedOn: ['libur_nasional', 'cuti_bersama'] });
    expect(event.data.calendar.holidays.map((y) => y.year)).toEqual([2024, 2025, 2026]);
  });

  it('replaces one year of holidays, keeping the years in order, and names bad fields as the request does', () => {
    const [event] = decide({ type: 'SetHolidayYear', tenant: '61', year: 2027, source: 'SKB 3 Menteri 2026', holidays: [{ date: '2027-01-01', name: 'Tahun Baru', kind: 'libur_nasional' }], at });
    expect(event.data.calendar.holidays.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(event.data).toMatchObject({ change: 'holiday_year_set', year: 2027 });
    expect(fieldsOf(() => decide({ type: 'SetHolidayYear', tenant: '61', year: 2027, source: 'x', holidays: [{ date: '2027-02-30', name: '', kind: 'cuti' }], at }))).toEqual([
      'holidays[0].date',
      'holidays[0].name',
      'holidays[0].kind',
    ]);
  });

  it('removes a year it holds, and refuses one it does not', () => {
    expect(decide({ type: 'RemoveHolidayYear', tenant: '61', year: 2024, at })[0].data.calendar.holidays.map((y) => y.year)).toEqual([2025, 2026]);
    expect(() => decide({ type: 'RemoveHolidayYear', tenant: '61', year: 2030, at })).toThrow(/2030/);
  });
});
