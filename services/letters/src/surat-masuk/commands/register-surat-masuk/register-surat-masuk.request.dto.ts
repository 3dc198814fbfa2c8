import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DocumentRefDto, ExternalNumberDto, SifatField, SopCaseRequestDto, UserRefDto, localDateField } from '../../../shared/dto/letter-values.dto';

export class PengirimDto {
  @ApiProperty({ example: 'Kepala Badan Kesatuan Bangsa dan Politik' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  nama!: string;

  @ApiPropertyOptional({ example: 'Pemerintah Provinsi Jawa Timur' })
  @IsOptional() @IsString() @MaxLength(300)
  instansi?: string;
}

export class RegisterSuratMasukRequest extends SifatField {
  @ApiPropertyOptional({ description: 'Idempotency key: retrying with the same id gets the same agenda number' })
  @IsOptional() @IsUUID()
  letterId?: string;

  @ApiProperty({ example: '2024-04-01' })
  @localDateField()
  tanggalDiterima!: string;

  @ApiProperty({ type: PengirimDto })
  @ValidateNested() @Type(() => PengirimDto)
  pengirim!: PengirimDto;

  @ApiProperty({ example: '070/1234/207.3/2024', description: "The sender's own number" })
  @IsString() @IsNotEmpty() @MaxLength(200)
  nomorSurat!: string;

  @ApiProperty({ example: '2024-03-28' })
  @localDateField()
  tanggalSurat!: string;

  @ApiProperty({ example: 'Permohonan izin penelitian' })
  @IsString() @IsNotEmpty() @MaxLength(1000)
  perihal!: string;

  @ApiProperty({ example: '070', description: 'Archive classification code' })
  @IsString() @IsNotEmpty() @MaxLength(50)
  klasifikasi!: string;

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DocumentRefDto)
  lampiran?: DocumentRefDto[];

  @ApiPropertyOptional({ type: [UserRefDto], description: 'Addressees besides the Kepala Dinas (readers of a rahasia letter)' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => UserRefDto)
  kepada?: UserRefDto[];

  @ApiProperty({ type: UserRefDto, description: 'The Kepala Dinas (or Plt) the letter is routed to' })
  @ValidateNested() @Type(() => UserRefDto)
  routeTo!: UserRefDto;

  @ApiPropertyOptional({ type: ExternalNumberDto, description: 'The SRIKANDI/TNDE agenda number; then Jejak issues none' })
  @IsOptional() @ValidateNested() @Type(() => ExternalNumberDto)
  nomorEksternal?: ExternalNumberDto;

  @ApiPropertyOptional({
    type: SopCaseRequestDto,
    nullable: true,
    description: "Open a case of the dinas's letter flow; omitted: opened when the klasifikasi matches a flow; null: no case",
  })
  @IsOptional() @ValidateNested() @Type(() => SopCaseRequestDto)
  sopCase?: SopCaseRequestDto | null;
}
