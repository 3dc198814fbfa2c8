import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'tanggal harus berformat YYYY-MM-DD';

/** Which form: an SOP version over a period (cases started in it), in a format, with how it is signed. */
export class ReportRequest {
  @ApiProperty() @IsString() @IsNotEmpty()
  sopId!: string;

  @ApiPropertyOptional({ description: 'Default: the version in force on the last day of the period' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  version?: number;

  @ApiProperty({ example: '2026-01-01' }) @Matches(DATE, { message: DATE_MESSAGE })
  dari!: string;

  @ApiProperty({ example: '2026-06-30' }) @Matches(DATE, { message: DATE_MESSAGE })
  sampai!: string;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx', 'pdf', 'html'], description: 'Default: from Accept, else json' })
  @IsOptional() @IsString()
  format?: string;

  @ApiPropertyOptional({ example: 'Pontianak', description: 'Place of signing' }) @IsOptional() @IsString() @MaxLength(100)
  tempat?: string;

  @ApiPropertyOptional({ example: '2026-07-01', description: 'Date of the document; default today' })
  @IsOptional() @Matches(DATE, { message: DATE_MESSAGE })
  tanggal?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  mengetahuiNama?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40)
  mengetahuiNip?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300)
  mengetahuiJabatan?: string;
}
