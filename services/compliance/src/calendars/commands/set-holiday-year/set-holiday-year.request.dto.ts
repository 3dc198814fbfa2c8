import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsString } from 'class-validator';

/** One year's libur nasional and cuti bersama, replacing what the calendar held for that year. */
export class SetHolidayYearRequest {
  @ApiProperty({ example: 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025' })
  @IsString()
  source!: string;

  @ApiProperty({ example: [{ date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'libur_nasional' }] })
  @IsArray()
  holidays!: unknown[];
}
