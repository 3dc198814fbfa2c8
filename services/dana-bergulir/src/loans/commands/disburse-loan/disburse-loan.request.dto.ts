import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@jejak/nest-platform';
import { IsDefined, IsString, MaxLength } from 'class-validator';

export class DisburseLoanRequest {
  @ApiProperty({ example: '2025-04-02', format: 'date', description: "The actual disbursement day as the Bank Pelaksana confirms it; the schedule starts here" })
  @IsDefined({ message: 'disbursedOn wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  disbursedOn!: string;

  @ApiProperty({ example: 'TRF-BJATIM-20250402-0001', maxLength: 100, description: "The bank's confirmation reference" }) @IsDefined() @IsString() @MaxLength(100)
  bankReference!: string;
}
