import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class RetireSopRequest {
  @ApiProperty({ example: '2026-12-31', description: 'First day the SOP is no longer in force' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'tanggal harus berformat YYYY-MM-DD' })
  retiredFrom!: string;
  @ApiProperty({ example: 'Digantikan oleh SOP baru', description: 'Why the SOP is retired' })
  @IsString() @IsNotEmpty() @MaxLength(2000)
  reason!: string;
}
