import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsIn } from 'class-validator';
import { NestedObject, ObjectList, Optional, OptionalNonBlankText, OptionalText, TEXT_LIMITS } from '../../../shared/dto/letter-values.dto';
import { SIFAT, type Sifat } from '../../../domain';
import { DocumentRefDto } from '../../../shared/dto/letter-values.dto';
import { AddresseeDto } from '../write-draft/write-draft.request.dto';

/** A new version of the draft: the document always, the other fields when they change. */
export class ReviseDraftRequest {
  @ApiProperty({ type: DocumentRefDto, description: 'The revised draft document' })
  @NestedObject(() => DocumentRefDto)
  isi!: DocumentRefDto;

  @ApiPropertyOptional() @OptionalNonBlankText(1000)
  perihal?: string;

  @ApiPropertyOptional({ enum: SIFAT }) @Optional() @IsIn(SIFAT)
  sifat?: Sifat;

  @ApiPropertyOptional() @OptionalNonBlankText(50)
  klasifikasi?: string;

  @ApiPropertyOptional() @OptionalText(TEXT_LIMITS.code)
  unitKode?: string;

  @ApiPropertyOptional({ type: [AddresseeDto] })
  @Optional() @ArrayMinSize(1) @ObjectList(() => AddresseeDto, 50)
  kepada?: AddresseeDto[];

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @Optional() @ObjectList(() => DocumentRefDto, 50)
  lampiran?: DocumentRefDto[];

  @ApiPropertyOptional({ example: 'Diperbaiki sesuai catatan Kabid' }) @OptionalText(TEXT_LIMITS.text)
  catatan?: string;
}
