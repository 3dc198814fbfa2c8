import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';

/** The tenant pattern of the envelope: a Kemendagri region code. */
export const TENANT_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export const SIFAT_V1 = ['biasa', 'penting', 'segera', 'rahasia'] as const;
export const JENIS_NASKAH_V1 = ['surat_keluar', 'nota_dinas'] as const;

/** Who acted, in which platform role. Never more than id, role and name. */
export class LetterActorV1 {
  @IsString() userId!: string;
  @IsString() role!: string;
  @IsOptional() @IsString() name?: string;
}

/**
 * A letter or agenda number as a position in a book (`jejak`: sequence, year, n) or as the reference
 * of the system that numbered it (`external`: SRIKANDI, TNDE). Never the formatted text, which can
 * embed the classification code.
 */
export class LetterNumberRefV1 {
  @IsIn(['jejak', 'external']) source!: 'jejak' | 'external';
  @IsOptional() @IsString() sequence?: string;
  @IsOptional() @IsInt() @Min(1900) year?: number;
  @IsOptional() @IsInt() @Min(1) n?: number;
  @IsOptional() @IsString() system?: string;
  @IsOptional() @IsString() nomor?: string;
}
