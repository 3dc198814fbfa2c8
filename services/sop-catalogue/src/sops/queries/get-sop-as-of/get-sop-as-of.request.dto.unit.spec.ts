import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '@jejak/nest-platform';
import { resolveTimeZone } from '@jejak/working-time';
import { pointInTime } from '../../../domain/sop-dates';
import { GetSopAsOfRequest } from './get-sop-as-of.request.dto';

const errorsOf = (query: Record<string, unknown>) => flattenValidationErrors(validateSync(plainToInstance(GetSopAsOfRequest, query)));

describe('GET /sops/{id}/as-of: date and zone', () => {
  it.each(['2024-03-01', '2024-03-01T10:00', '2024-03-01T10:00:00', '2024-03-01T10:00:00.123Z', '2024-03-01T10:00:00+08:00', '2024-03-01T10:00:00+0900', '2024-03-01T10:00+07'])(
    'accepts %s',
    (date) => expect(errorsOf({ date })).toEqual([]),
  );

  it.each(['kemarin', '2024-02-30', '01-03-2024', '2024-03-01T25:00:00+07:00', '2024-03-01 10:00'])('refuses %s, naming the field and the formats', (date) => {
    expect(errorsOf({ date })).toEqual([{ field: 'date', message: expect.stringContaining('date harus berupa tanggal yang ada (YYYY-MM-DD') }]);
    expect(errorsOf({ date })[0].message).toContain('ISO 8601');
  });

  it('takes WIB, WITA, WIT or their IANA names as the zone, nothing else', () => {
    for (const zone of ['WIB', 'WITA', 'WIT', 'Asia/Makassar', 'Asia/Pontianak']) expect(errorsOf({ date: '2024-03-01', zone })).toEqual([]);
    expect(errorsOf({ date: '2024-03-01', zone: 'Europe/Berlin' })).toEqual([{ field: 'zone', message: expect.stringContaining('zone harus salah satu dari: WIB, WITA, WIT') }]);
  });

  it('an explicit offset is the exact instant; the zone decides its calendar day', () => {
    const lateEvening = '2024-03-01T23:30:00+07:00';
    expect(pointInTime(lateEvening, resolveTimeZone('WIB'))).toEqual({ date: '2024-03-01', recordedBefore: Date.parse('2024-03-01T16:30:00Z') + 1 });
    expect(pointInTime(lateEvening, resolveTimeZone('WITA'))).toEqual({ date: '2024-03-02', recordedBefore: Date.parse('2024-03-01T16:30:00Z') + 1 });
  });

  it('a date-time without an offset is wall-clock time in the dinas zone, not the server zone', () => {
    expect(pointInTime('2024-03-01T10:00', resolveTimeZone('WIB')).recordedBefore).toBe(Date.parse('2024-03-01T03:00:00Z') + 1);
    expect(pointInTime('2024-03-01T10:00', resolveTimeZone('WIT')).recordedBefore).toBe(Date.parse('2024-03-01T01:00:00Z') + 1);
  });

  it('a calendar day runs to the end of that day in the dinas zone', () => {
    expect(pointInTime('2024-03-01', resolveTimeZone('WITA')).recordedBefore).toBe(Date.parse('2024-03-01T16:00:00Z'));
    expect(pointInTime('2024-03-01', resolveTimeZone('WIB')).recordedBefore).toBe(Date.parse('2024-03-01T17:00:00Z'));
  });
});
