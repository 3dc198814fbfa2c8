import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsNotBlank, NestedObject, Text } from '../../dto/strict-fields';

/** Optional text: absent or null means "none"; when given, a non-blank string. */
const OptionalText = (max: number): PropertyDecorator => (target, key) => {
  ValidateIf((_o, v: unknown) => v !== undefined && v !== null)(target, key);
  IsString()(target, key);
  IsNotBlank()(target, key);
  MaxLength(max)(target, key);
};

export class PaperSignerDto {
  @ApiProperty({ example: 'Ir. H. Soedarmadji, M.M.', description: 'Name of the official who signed the paper SOP (e.g. a former Kepala Dinas)', maxLength: TEXT_LIMITS.name })
  @Text(TEXT_LIMITS.name) @IsNotBlank()
  nama!: string;

  @ApiPropertyOptional({ example: '19650312 199003 1 007', nullable: true, type: String, description: 'NIP, when the signature block has one' })
  @ValidateIf((_o, v: unknown) => v !== undefined && v !== null) @IsString() @Matches(/^[\d ]{8,25}$/, { message: 'NIP hanya boleh berisi angka' })
  nip?: string | null;

  @ApiProperty({ example: 'Kepala Dinas Koperasi dan UKM Provinsi Kalimantan Barat', description: 'Jabatan as printed under the signature', maxLength: TEXT_LIMITS.name })
  @Text(TEXT_LIMITS.name) @IsNotBlank()
  jabatan!: string;
}

export class ScannedOriginalDto {
  @ApiPropertyOptional({ example: 'Arsip Sekretariat No. 518/917/KUKRU-IV-1 (pindaian PDF)', nullable: true, type: String, description: 'Archive number, file path or URL of the scanned signed original', maxLength: TEXT_LIMITS.name })
  @OptionalText(TEXT_LIMITS.name)
  reference?: string | null;

  @ApiPropertyOptional({ example: 'dok-2020-07-22-plut', nullable: true, type: String, description: 'Id of the scanned original in the document store', maxLength: TEXT_LIMITS.code })
  @OptionalText(TEXT_LIMITS.code)
  documentId?: string | null;
}

export class RegisterSopOnPaperRequest {
  @ApiProperty({ type: PaperSignerDto, description: 'Who signed the SOP on paper' })
  @NestedObject(() => PaperSignerDto)
  signedBy!: PaperSignerDto;

  @ApiProperty({ example: '2020-07-22', format: 'date', description: 'Original date of approval (pengesahan), not after today' })
  @IsDefined() @IsCalendarDate()
  approvedOn!: string;

  @ApiProperty({ example: '2020-07-22', format: 'date', description: 'Original first day in force, not before the approval date and not after today' })
  @IsDefined() @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ type: ScannedOriginalDto, description: 'The scanned signed original: a reference, a document id, or both (at least one)' })
  @NestedObject(() => ScannedOriginalDto)
  original!: ScannedOriginalDto;
}
