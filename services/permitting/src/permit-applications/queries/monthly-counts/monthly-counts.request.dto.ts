import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class MonthlyCountsQueryParams {
  @ApiProperty({ example: '2025-03', description: 'Month (WIB), YYYY-MM' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'bulan YYYY-MM' }) month!: string;
}
