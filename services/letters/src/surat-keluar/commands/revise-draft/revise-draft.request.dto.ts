import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SIFAT, type Sifat } from '../../../domain';
import { DocumentRefDto } from '../../../shared/dto/letter-values.dto';
import { AddresseeDto } from '../write-draft/write-draft.request.dto';

/** A new version of the draft: the document always, the other fields when they change. */
export class ReviseDraftRequest {
  @ApiProperty({ type: DocumentRefDto, description: 'The revised draft document' })
  @ValidateNested() @Type(() => DocumentRefDto)
  isi!: DocumentRefDto;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(1000)
  perihal?: string;

  @ApiPropertyOptional({ enum: SIFAT }) @IsOptional() @IsIn(SIFAT)
  sifat?: Sifat;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(50)
  klasifikasi?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  unitKode?: string;

  @ApiPropertyOptional({ type: [AddresseeDto] })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AddresseeDto)
  kepada?: AddresseeDto[];

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DocumentRefDto)
  lampiran?: DocumentRefDto[];

  @ApiPropertyOptional({ example: 'Diperbaiki sesuai catatan Kabid' }) @IsOptional() @IsString() @MaxLength(2000)
  catatan?: string;
}
