import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryBoolean, QueryInt } from '@jejak/nest-platform';
import { KEYSET_CURSOR_MAX_LENGTH } from '@jejak/service-kit';
import { SIFAT, type Sifat } from '../../../domain';

export const LETTER_JENIS = ['surat_masuk', 'surat_keluar', 'nota_dinas'] as const;
export const LETTER_STATUSES = ['terdaftar', 'didisposisi', 'selesai', 'konsep', 'paraf', 'dikembalikan', 'menunggu_tanda_tangan', 'ditandatangani', 'dikirim'] as const;
/** The deepest page a list serves: beyond it, narrow the search. */
export const MAX_LIST_OFFSET = 100_000;
export const LIST_DEFAULT_LIMIT = 50;
export const LIST_MAX_LIMIT = 200;
/** `count=true` counts at most this many matches (then `totalCapped: true`). */
export const LIST_COUNT_CAP = 10_000;

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

  @ApiPropertyOptional({ default: LIST_DEFAULT_LIMIT, minimum: 1, maximum: LIST_MAX_LIMIT, description: 'Items per page' })
  @IsOptional() @QueryInt({ min: 1, max: LIST_MAX_LIMIT })
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` value of the previous page (opaque); absent for the first page', maxLength: KEYSET_CURSOR_MAX_LENGTH })
  @IsOptional() @IsString() @MaxLength(KEYSET_CURSOR_MAX_LENGTH)
  cursor?: string;

  @ApiPropertyOptional({ description: `Also count the matches (at most ${LIST_COUNT_CAP}; beyond, \`totalCapped: true\`)` })
  @IsOptional() @QueryBoolean()
  count?: boolean;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_LIST_OFFSET, description: 'Deprecated: skip this many items (not with `cursor`); prefer `cursor`' })
  @IsOptional() @QueryInt({ min: 0, max: MAX_LIST_OFFSET })
  offset?: number;
}
