import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsSafeInt } from '@jejak/nest-platform';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { RECOMMENDATIONS, type Recommendation } from '../../../domain';

export class RecordVerificationRequest {
  @ApiProperty({ type: [String], example: ['Eko Nugroho', 'Yuliana Pratiwi'], description: 'The survey team (1-10 names)' })
  @IsDefined() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(200, { each: true })
  team!: string[];

  @ApiProperty({ example: '2025-03-20', format: 'date' }) @IsDefined({ message: 'reportDate wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  reportDate!: string;

  @ApiProperty({ enum: RECOMMENDATIONS, example: 'reduce' }) @IsDefined() @IsIn([...RECOMMENDATIONS])
  recommendation!: Recommendation;

  @ApiProperty({ required: false, example: 20_000_000, description: 'Only for reduce: less than the proposed amount (integer rupiah)' }) @IsOptional() @IsSafeInt()
  recommendedAmount?: number;

  @ApiProperty({ required: false, example: 'Usaha berjalan, omzet sesuai laporan', maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}
