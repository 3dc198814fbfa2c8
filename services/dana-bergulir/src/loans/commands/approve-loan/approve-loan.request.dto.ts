import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsSafeInt } from '@jejak/nest-platform';
import { IsDefined, IsString, MaxLength } from 'class-validator';

export class ApproveLoanRequest {
  @ApiProperty({ example: '500/17/408.46/2025', maxLength: 100, description: 'Number of the SK of the fund head (penetapan)' }) @IsDefined() @IsString() @MaxLength(100)
  skNumber!: string;

  @ApiProperty({ example: '2025-04-01', format: 'date' }) @IsDefined({ message: 'skDate wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  skDate!: string;

  @ApiProperty({ example: 20_000_000, description: 'Integer rupiah, at most the recommended amount' }) @IsDefined() @IsSafeInt()
  approvedAmount!: number;
}
