import { isDomainError } from '@jejak/domain-kit';
import { defaultDinasCalendar } from './dinas-calendar.defaults';
import { createDinasCalendar, validateDinasCalendar } from './dinas-calendar.validator';
import { INDONESIAN_HOLIDAYS_2024_2026 } from './holidays-indonesia.data';

const fields = (input: unknown) => validateDinasCalendar(input).map((p) => p.field);

describe('validateDinasCalendar', () => {
  it('accepts the default calendar and its 2024-2026 holiday data', () => {
    expect(validateDinasCalendar(defaultDinasCalendar())).toEqual([]);
  });

  it('accepts the WIB, WITA and WIT labels and Asia/Pontianak', () => {
    for (const timeZone of ['WIB', 'wita', 'WIT', 'Asia/Pontianak', 'Asia/Makassar']) {
      expect(fields({ ...defaultDinasCalendar(), timeZone })).toEqual([]);
    }
  });

  it('names the time zone field when it is not Indonesian', () => {
    const problems = validateDinasCalendar({ ...defaultDinasCalendar(), timeZone: 'Europe/London' });
    expect(problems).toEqual([expect.objectContaining({ field: 'timeZone', message: expect.stringContaining('WITA (Asia/Makassar)') })]);
  });

  it('names bad office hours, breaks outside the hours and missing working days', () => {
    const calendar = defaultDinasCalendar();
    calendar.officeHours.jumat = { start: '07:30', end: '25:00' };
    calendar.officeHours.senin = { start: '07:30', end: '16:00', break: { start: '06:00', end: '07:00' } };
    calendar.officeHours.selasa = { start: '16:00', end: '07:30' };
    calendar.workingDays = [...calendar.workingDays, 'sabtu'];
    expect(fields(calendar)).toEqual(['officeHours.senin.break', 'officeHours.selasa.end', 'officeHours.jumat.end', 'officeHours.sabtu']);
  });

  it('names unknown and duplicate working days', () => {
    expect(fields({ ...defaultDinasCalendar(), workingDays: ['senin', 'monday', 'senin'] })).toEqual(['workingDays[1]', 'workingDays[2]']);
    expect(fields({ ...defaultDinasCalendar(), workingDays: [] })).toEqual(['workingDays']);
  });

  it('names holiday dates outside their year, duplicates, bad kinds and empty names', () => {
    const calendar = {
      ...defaultDinasCalendar(),
      holidays: [
        {
          year: 2025,
          source: 'SKB',
          holidays: [
            { date: '2024-08-17', name: 'Kemerdekaan', kind: 'libur_nasional' },
            { date: '2025-02-30', name: 'Tanggal salah', kind: 'libur_nasional' },
            { date: '2025-12-25', name: 'Natal', kind: 'libur_nasional' },
            { date: '2025-12-25', name: '', kind: 'cuti' },
          ],
        },
        { year: 2026, source: '', holidays: [] },
      ],
    };
    expect(fields(calendar)).toEqual([
      'holidays[0].holidays[0].date',
      'holidays[0].holidays[1].date',
      'holidays[0].holidays[3].date',
      'holidays[0].holidays[3].name',
      'holidays[0].holidays[3].kind',
      'holidays[1].source',
    ]);
  });

  it('names a field a holiday does not have (nothing unknown is stored)', () => {
    const holidays = [{ year: 2026, source: 'SKB', holidays: [{ date: '2026-01-01', name: 'Tahun Baru', kind: 'libur_nasional', colour: 'merah' }] }];
    expect(fields({ ...defaultDinasCalendar(), holidays })).toEqual(['holidays[0].holidays[0].colour']);
  });

  it('names closedOn kinds that do not exist', () => {
    expect(fields({ ...defaultDinasCalendar(), closedOn: ['libur_nasional', 'libur_daerah'] })).toEqual(['closedOn[1]']);
  });
});

describe('createDinasCalendar', () => {
  it('fills the default office hours, working days, holiday data and closing kinds', () => {
    const calendar = createDinasCalendar({ timeZone: 'WITA' });
    expect(calendar.holidays.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(calendar.workingDays).toEqual(['senin', 'selasa', 'rabu', 'kamis', 'jumat']);
    expect(calendar.officeHours.jumat).toEqual({ start: '07:30', end: '16:30' });
    expect(calendar.officeHours.kamis).toEqual({ start: '07:30', end: '16:00' });
    expect(calendar.closedOn).toEqual(['libur_nasional', 'cuti_bersama']);
  });

  it('throws CALENDAR_INVALID with every problem as a detail', () => {
    expect.assertions(3);
    try {
      createDinasCalendar({ timeZone: 'UTC', workingDays: ['senin', 'sabtu'] });
    } catch (error) {
      expect(isDomainError(error) && error.kind).toBe('validation');
      expect(isDomainError(error) && error.code).toBe('CALENDAR_INVALID');
      expect(isDomainError(error) && error.details.map((d) => d.field)).toEqual(['timeZone', 'officeHours.sabtu']);
    }
  });
});

describe('default holiday data (SKB 3 Menteri 2024-2026)', () => {
  const dates = (year: number) => INDONESIAN_HOLIDAYS_2024_2026.find((y) => y.year === year)?.holidays.map((h) => `${h.date} ${h.kind}`) ?? [];

  it('covers 2024, 2025 and 2026, each with a source', () => {
    expect(INDONESIAN_HOLIDAYS_2024_2026.map((y) => [y.year, y.source.length > 0])).toEqual([
      [2024, true],
      [2025, true],
      [2026, true],
    ]);
  });

  it('has 17 Agustus and Idul Fitri 1446 H with its cuti bersama', () => {
    expect(dates(2025)).toEqual(
      expect.arrayContaining([
        '2025-08-17 libur_nasional',
        '2025-03-31 libur_nasional',
        '2025-04-01 libur_nasional',
        '2025-04-02 cuti_bersama',
        '2025-04-07 cuti_bersama',
      ]),
    );
    expect(dates(2026)).toContain('2026-08-17 libur_nasional');
  });
});
