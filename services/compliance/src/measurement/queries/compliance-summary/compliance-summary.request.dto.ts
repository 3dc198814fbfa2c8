import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, QueryInt, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CaseFilterRequest {
  @ApiPropertyOptional({ example: '61' })
  @IsOptional() @Matches(/^\d{2}(\.\d{2}){0,3}$/, { message: 'kode wilayah tidak valid (contoh: 61 atau 35.01)' })
  tenant?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.code)
  sopId?: string;

  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @QueryInt({ min: 1, max: 100_000 })
  version?: number;

  @ApiPropertyOptional({ example: 'Bidang Pemberdayaan Usaha Kecil' }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.name)
  unit?: string;

  @ApiPropertyOptional({ example: '2026-01-01', format: 'date', description: 'Cases started on or after (local date, YYYY-MM-DD)' })
  @IsOptional() @IsCalendarDate()
  dari?: string;

  @ApiPropertyOptional({ example: '2026-06-30', format: 'date', description: 'Cases started on or before (local date, YYYY-MM-DD)' })
  @IsOptional() @IsCalendarDate()
  sampai?: string;
}

export class ComplianceSummaryRequest extends CaseFilterRequest {
  @ApiPropertyOptional({ enum: ['sop', 'tenant', 'unit'], description: 'One set of figures per SOP version, dinas or unit' })
  @IsOptional() @IsIn(['sop', 'tenant', 'unit'])
  groupBy?: 'sop' | 'tenant' | 'unit';
}
