import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { JENIS_SURAT_KELUAR, type JenisSuratKeluar } from '../../../domain';
import { DocumentRefDto, SifatField, SopCaseRequestDto } from '../../../shared/dto/letter-values.dto';

export class AddresseeDto {
  @ApiProperty({ example: 'Sdr. Rina Amelia, Mahasiswa Universitas Airlangga' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ description: 'For an internal addressee (e.g. of a nota dinas): their user id' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  userId?: string;
}

/** The content of a draft (konsep): shared by writing and revising. */
export class NaskahContentDto extends SifatField {
  @ApiProperty({ example: 'Rekomendasi pelaksanaan penelitian' })
  @IsString() @IsNotEmpty() @MaxLength(1000)
  perihal!: string;

  @ApiProperty({ example: '070' })
  @IsString() @IsNotEmpty() @MaxLength(50)
  klasifikasi!: string;

  @ApiPropertyOptional({ example: 'DISKOPUKM.SEKR', description: 'Unit code for the numbering template ({unit})' })
  @IsOptional() @IsString() @MaxLength(100)
  unitKode?: string;

  @ApiProperty({ type: [AddresseeDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AddresseeDto)
  kepada!: AddresseeDto[];

  @ApiProperty({ type: DocumentRefDto, description: 'The draft document itself' })
  @ValidateNested() @Type(() => DocumentRefDto)
  isi!: DocumentRefDto;

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DocumentRefDto)
  lampiran?: DocumentRefDto[];
}

export class WriteDraftRequest extends NaskahContentDto {
  @ApiProperty({ enum: JENIS_SURAT_KELUAR })
  @IsIn(JENIS_SURAT_KELUAR)
  jenis!: JenisSuratKeluar;

  @ApiPropertyOptional({ description: 'The surat masuk this letter answers; the reply joins its SOP case' })
  @IsOptional() @IsUUID()
  inReplyTo?: string;

  @ApiPropertyOptional({ type: SopCaseRequestDto, description: 'An existing SOP case this letter advances (flow and caseId)' })
  @IsOptional() @ValidateNested() @Type(() => SopCaseRequestDto)
  sopCase?: SopCaseRequestDto;
}
