import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SIFAT, type Sifat } from '../../../domain';

export const LETTER_JENIS = ['surat_masuk', 'surat_keluar', 'nota_dinas'] as const;
export const LETTER_STATUSES = ['terdaftar', 'didisposisi', 'selesai', 'konsep', 'paraf', 'dikembalikan', 'menunggu_tanda_tangan', 'ditandatangani', 'dikirim'] as const;

export class ListLettersRequest {
  @ApiPropertyOptional({ enum: LETTER_JENIS }) @IsOptional() @IsIn(LETTER_JENIS)
  jenis?: (typeof LETTER_JENIS)[number];

  @ApiPropertyOptional({ enum: LETTER_STATUSES }) @IsOptional() @IsIn(LETTER_STATUSES)
  status?: (typeof LETTER_STATUSES)[number];

  @ApiPropertyOptional({ enum: SIFAT }) @IsOptional() @IsIn(SIFAT)
  sifat?: Sifat;

  @ApiPropertyOptional({ example: 2024, description: 'Agenda year (incoming) or numbering year (outgoing)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(9999)
  year?: number;

  @ApiPropertyOptional({ description: 'Search in perihal, sender/addressees and numbers; only letters the user may read match' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 }) @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  offset?: number;
}
