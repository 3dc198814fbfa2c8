import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsString, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../../../shared/request-validation';
import { MAX_HOLIDAY_YEARS } from '../../dto/calendar-limits';

/**
 * The whole calendar of the dinas; what is left out takes the default (office hours Mon-Thu 07:30-16:00,
 * Fri 07:30-16:30; senin..jumat; national holidays and cuti bersama 2024-2026; both kinds close the office).
 * The contents are checked field by field (`officeHours.jumat.end`, `holidays[0].holidays[3].date`).
 * A field sent as null is refused (leave it out to take the default).
 */
export class SetDinasCalendarRequest {
  @ApiPropertyOptional({ example: 'WIB', description: 'WIB, WITA, WIT or Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura' })
  @OptionalNotNull() @IsString() @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ example: ['senin', 'selasa', 'rabu', 'kamis', 'jumat'] })
  @OptionalNotNull() @IsArray() @ArrayMaxSize(7)
  workingDays?: unknown[];

  @ApiPropertyOptional({ example: { senin: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } } } })
  @OptionalNotNull() @IsObject()
  officeHours?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Holidays per year: [{ year, source, holidays: [{ date, name, kind }] }]', maxItems: MAX_HOLIDAY_YEARS })
  @OptionalNotNull() @IsArray() @ArrayMaxSize(MAX_HOLIDAY_YEARS)
  holidays?: unknown[];

  @ApiPropertyOptional({ example: ['libur_nasional', 'cuti_bersama'] })
  @OptionalNotNull() @IsArray() @ArrayMaxSize(10)
  closedOn?: unknown[];
}
