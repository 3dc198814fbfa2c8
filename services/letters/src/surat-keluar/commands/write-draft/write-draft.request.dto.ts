import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsIn, IsUUID } from 'class-validator';
import { JENIS_SURAT_KELUAR, type JenisSuratKeluar } from '../../../domain';
import { DocumentRefDto, NestedObject, ObjectList, Optional, OptionalNestedObject, OptionalNonBlankText, OptionalText, RequiredText, SifatField, SopCaseRequestDto, TEXT_LIMITS } from '../../../shared/dto/letter-values.dto';

export class AddresseeDto {
  @ApiProperty({ example: 'Sdr. Rina Amelia, Mahasiswa Universitas Airlangga' })
  @RequiredText(TEXT_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ description: 'For an internal addressee (e.g. of a nota dinas): their user id' })
  @OptionalNonBlankText(200)
  userId?: string;
}

/** The content of a draft (konsep): shared by writing and revising. */
export class NaskahContentDto extends SifatField {
  @ApiProperty({ example: 'Rekomendasi pelaksanaan penelitian' })
  @RequiredText(1000)
  perihal!: string;

  @ApiProperty({ example: '070' })
  @RequiredText(50)
  klasifikasi!: string;

  @ApiPropertyOptional({ example: 'DISKOPUKM.SEKR', description: 'Unit code for the numbering template ({unit})' })
  @OptionalText(TEXT_LIMITS.code)
  unitKode?: string;

  @ApiProperty({ type: [AddresseeDto] })
  @ArrayMinSize(1) @ObjectList(() => AddresseeDto, 50)
  kepada!: AddresseeDto[];

  @ApiProperty({ type: DocumentRefDto, description: 'The draft document itself' })
  @NestedObject(() => DocumentRefDto)
  isi!: DocumentRefDto;

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @Optional() @ObjectList(() => DocumentRefDto, 50)
  lampiran?: DocumentRefDto[];
}

export class WriteDraftRequest extends NaskahContentDto {
  @ApiPropertyOptional({
    description:
      'The letter id the client chose (UUID), so writing the draft can be retried: the same id and the same draft get the first answer, not a 409. Or send an `Idempotency-Key` header.',
  })
  @Optional() @IsUUID()
  letterId?: string;

  @ApiProperty({ enum: JENIS_SURAT_KELUAR })
  @IsIn(JENIS_SURAT_KELUAR)
  jenis!: JenisSuratKeluar;

  @ApiPropertyOptional({ description: 'The surat masuk this letter answers; the reply joins its SOP case' })
  @Optional() @IsUUID()
  inReplyTo?: string;

  @ApiPropertyOptional({ type: SopCaseRequestDto, description: 'An existing SOP case this letter advances (flow and caseId)' })
  @OptionalNestedObject(() => SopCaseRequestDto)
  sopCase?: SopCaseRequestDto;
}
