import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'tanggal harus berformat YYYY-MM-DD';

export class EvaluationAnswerRequest {
  @ApiProperty({ example: 'mudah_dilaksanakan' })
  @IsString() @MaxLength(100)
  criterionId!: string;

  @ApiProperty({ enum: ['Ya', 'Tidak'] })
  @IsIn(['Ya', 'Tidak'], { message: 'penilaian harus "Ya" atau "Tidak"' })
  penilaian!: 'Ya' | 'Tidak';

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  catatan?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  tindakLanjut?: string;
}

/** The evaluator's answers to the SOP AP evaluation form of one SOP version and period. */
export class AnswerSopEvaluationRequest {
  @ApiProperty() @IsString()
  sopId!: string;

  @ApiProperty({ example: 1 }) @IsInt() @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-01-01' }) @Matches(DATE, { message: DATE_MESSAGE })
  dari!: string;

  @ApiProperty({ example: '2026-06-30' }) @Matches(DATE, { message: DATE_MESSAGE })
  sampai!: string;

  @ApiProperty({ type: [EvaluationAnswerRequest] })
  @ValidateNested({ each: true }) @Type(() => EvaluationAnswerRequest) @ArrayMaxSize(20)
  answers!: EvaluationAnswerRequest[];
}
