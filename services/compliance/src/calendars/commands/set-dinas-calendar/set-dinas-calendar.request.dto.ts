import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsObject, IsOptional, IsString } from 'class-validator';

/**
 * The whole calendar of the dinas; what is left out takes the default (office hours Mon-Thu 07:30-16:00,
 * Fri 07:30-16:30; senin..jumat; national holidays and cuti bersama 2024-2026; both kinds close the office).
 * The contents are checked field by field (`officeHours.jumat.end`, `holidays[0].holidays[3].date`).
 */
export class SetDinasCalendarRequest {
  @ApiPropertyOptional({ example: 'WIB', description: 'WIB, WITA, WIT or Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura' })
  @IsOptional() @IsString()
  timeZone?: string;

  @ApiPropertyOptional({ example: ['senin', 'selasa', 'rabu', 'kamis', 'jumat'] })
  @IsOptional() @IsArray()
  workingDays?: unknown[];

  @ApiPropertyOptional({ example: { senin: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } } } })
  @IsOptional() @IsObject()
  officeHours?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Holidays per year: [{ year, source, holidays: [{ date, name, kind }] }]' })
  @IsOptional() @IsArray()
  holidays?: unknown[];

  @ApiPropertyOptional({ example: ['libur_nasional', 'cuti_bersama'] })
  @IsOptional() @IsArray()
  closedOn?: unknown[];
}
