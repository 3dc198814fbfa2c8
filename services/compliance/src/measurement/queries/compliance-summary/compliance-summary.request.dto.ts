import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CaseFilterRequest {
  @ApiPropertyOptional({ example: '61' })
  @IsOptional() @Matches(/^\d{2}(\.\d{2}){0,3}$/, { message: 'kode wilayah tidak valid (contoh: 61 atau 35.01)' })
  tenant?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  sopId?: string;

  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  version?: number;

  @ApiPropertyOptional({ example: 'Bidang Pemberdayaan Usaha Kecil' }) @IsOptional() @IsString() @MaxLength(300)
  unit?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Cases started on or after (local date)' })
  @IsOptional() @Matches(DATE, { message: 'tanggal harus berformat YYYY-MM-DD' })
  dari?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'Cases started on or before (local date)' })
  @IsOptional() @Matches(DATE, { message: 'tanggal harus berformat YYYY-MM-DD' })
  sampai?: string;
}

export class ComplianceSummaryRequest extends CaseFilterRequest {
  @ApiPropertyOptional({ enum: ['sop', 'tenant', 'unit'], description: 'One set of figures per SOP version, dinas or unit' })
  @IsOptional() @IsIn(['sop', 'tenant', 'unit'])
  groupBy?: 'sop' | 'tenant' | 'unit';
}
