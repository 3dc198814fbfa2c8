import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsSafeInt } from '@jejak/nest-platform';
import { IsDefined, IsString, MaxLength } from 'class-validator';

export class RecordRepaymentRequest {
  @ApiProperty({ example: '2025-05-02', format: 'date', description: 'Value date of the bank statement line' })
  @IsDefined({ message: 'paidOn wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  paidOn!: string;

  @ApiProperty({ example: 797_771, description: 'Integer rupiah, at most what is still due' }) @IsDefined() @IsSafeInt()
  amount!: number;

  @ApiProperty({ example: 'RK-BJATIM-20250502-0042', maxLength: 100, description: 'Reference of the rekening koran line (recorded once)' })
  @IsDefined() @IsString() @MaxLength(100)
  bankReference!: string;
}
