import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryInt } from '@jejak/nest-platform';
import { SIFAT, type Sifat } from '../../../domain';

export const LETTER_JENIS = ['surat_masuk', 'surat_keluar', 'nota_dinas'] as const;
export const LETTER_STATUSES = ['terdaftar', 'didisposisi', 'selesai', 'konsep', 'paraf', 'dikembalikan', 'menunggu_tanda_tangan', 'ditandatangani', 'dikirim'] as const;
/** The deepest page a list serves: beyond it, narrow the search. */
export const MAX_LIST_OFFSET = 100_000;

export class ListLettersRequest {
  @ApiPropertyOptional({ enum: LETTER_JENIS }) @IsOptional() @IsIn(LETTER_JENIS)
  jenis?: (typeof LETTER_JENIS)[number];

  @ApiPropertyOptional({ enum: LETTER_STATUSES }) @IsOptional() @IsIn(LETTER_STATUSES)
  status?: (typeof LETTER_STATUSES)[number];

  @ApiPropertyOptional({ enum: SIFAT }) @IsOptional() @IsIn(SIFAT)
  sifat?: Sifat;

  @ApiPropertyOptional({ example: 2024, minimum: 1900, maximum: 9999, description: 'Agenda year (incoming) or numbering year (outgoing)' })
  @IsOptional() @QueryInt({ min: 1900, max: 9999 })
  year?: number;

  @ApiPropertyOptional({ description: 'Search in perihal, sender/addressees and numbers; only letters the user may read match' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 }) @IsOptional() @QueryInt({ min: 1, max: 200 })
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_LIST_OFFSET }) @IsOptional() @QueryInt({ min: 0, max: MAX_LIST_OFFSET })
  offset?: number;
}
