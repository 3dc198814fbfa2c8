import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsSafeInt, TEXT_LIMITS } from '@jejak/nest-platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { OptionalText, RequiredText } from '../../../shared/request-validation';

export class EvaluationAnswerRequest {
  @ApiProperty({ example: 'mudah_dilaksanakan' })
  @RequiredText(TEXT_LIMITS.code)
  criterionId!: string;

  @ApiProperty({ enum: ['Ya', 'Tidak'] })
  @IsDefined({ message: 'penilaian wajib diisi' }) @IsIn(['Ya', 'Tidak'], { message: 'penilaian harus "Ya" atau "Tidak"' })
  penilaian!: 'Ya' | 'Tidak';

  @ApiPropertyOptional({ maxLength: TEXT_LIMITS.text }) @OptionalText(TEXT_LIMITS.text)
  catatan?: string;

  @ApiPropertyOptional({ maxLength: TEXT_LIMITS.text }) @OptionalText(TEXT_LIMITS.text)
  tindakLanjut?: string;
}

/** The evaluator's answers to the SOP AP evaluation form of one SOP version and period. */
export class AnswerSopEvaluationRequest {
  @ApiProperty() @RequiredText(TEXT_LIMITS.code)
  sopId!: string;

  @ApiProperty({ example: 1, minimum: 1 }) @IsDefined() @IsSafeInt() @Min(1) @Max(100_000)
  version!: number;

  @ApiProperty({ example: '2026-01-01', format: 'date' }) @IsDefined({ message: 'dari wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  dari!: string;

  @ApiProperty({ example: '2026-06-30', format: 'date' }) @IsDefined({ message: 'sampai wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  sampai!: string;

  @ApiProperty({ type: [EvaluationAnswerRequest] })
  @IsDefined() @IsArray() @ArrayMaxSize(20) @IsObject({ each: true, message: 'setiap butir answers harus berupa objek { criterionId, penilaian }' })
  @ValidateNested({ each: true }) @Type(() => EvaluationAnswerRequest)
  answers!: EvaluationAnswerRequest[];
}
