import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, QueryInt, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsDefined, IsOptional, IsString, MaxLength } from 'class-validator';
import { RequiredText } from '../shared/request-validation';

/** Which form: an SOP version over a period (cases started in it), in a format, with how it is signed. */
export class ReportRequest {
  @ApiProperty() @RequiredText(TEXT_LIMITS.code)
  sopId!: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Default: the version in force on the last day of the period' })
  @IsOptional() @QueryInt({ min: 1, max: 100_000 })
  version?: number;

  @ApiProperty({ example: '2026-01-01', format: 'date' }) @IsDefined({ message: 'dari wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  dari!: string;

  @ApiProperty({ example: '2026-06-30', format: 'date' }) @IsDefined({ message: 'sampai wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  sampai!: string;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx', 'pdf', 'html'], description: 'Default: from Accept, else json' })
  @IsOptional() @IsString() @MaxLength(20)
  format?: string;

  @ApiPropertyOptional({ example: 'Pontianak', description: "Place of signing; default the dinas's city (a province tenant's capital, or the kota/kabupaten in the SOP's instansi)" }) @IsOptional() @IsString() @MaxLength(100)
  tempat?: string;

  @ApiPropertyOptional({ example: '2026-07-01', format: 'date', description: 'Date of the document; default today' })
  @IsOptional() @IsCalendarDate()
  tanggal?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  mengetahuiNama?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40)
  mengetahuiNip?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.name)
  mengetahuiJabatan?: string;
}
