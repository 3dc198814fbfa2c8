import { ApiProperty } from '@nestjs/swagger';
import { TEXT_LIMITS } from '@jejak/nest-platform';
import { ArrayMaxSize, IsArray, IsDefined, IsString, MaxLength } from 'class-validator';
import { MAX_HOLIDAYS_PER_YEAR } from '../../dto/calendar-limits';

/** One year's libur nasional and cuti bersama, replacing what the calendar held for that year. */
export class SetHolidayYearRequest {
  @ApiProperty({ example: 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025', maxLength: TEXT_LIMITS.text })
  @IsDefined() @IsString() @MaxLength(TEXT_LIMITS.text)
  source!: string;

  @ApiProperty({ example: [{ date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'libur_nasional' }], maxItems: MAX_HOLIDAYS_PER_YEAR })
  @IsDefined() @IsArray() @ArrayMaxSize(MAX_HOLIDAYS_PER_YEAR)
  holidays!: unknown[];
}
