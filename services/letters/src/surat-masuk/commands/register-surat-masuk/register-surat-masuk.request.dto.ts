import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  DocumentRefDto,
  ExternalNumberDto,
  NestedObject,
  ObjectList,
  Optional,
  OptionalNestedObject,
  OptionalText,
  RequiredText,
  SifatField,
  SopCaseRequestDto,
  TEXT_LIMITS,
  UserRefDto,
  localDateField,
} from '../../../shared/dto/letter-values.dto';

export class PengirimDto {
  @ApiProperty({ example: 'Kepala Badan Kesatuan Bangsa dan Politik' })
  @RequiredText(TEXT_LIMITS.name)
  nama!: string;

  @ApiPropertyOptional({ example: 'Pemerintah Provinsi Jawa Timur' })
  @OptionalText(TEXT_LIMITS.name)
  instansi?: string;
}

export class RegisterSuratMasukRequest extends SifatField {
  @ApiPropertyOptional({
    description:
      'The letter id the client chose (UUID), so the registration can be retried: the same id and the same letter get the first answer (the same agenda number), not a 409. Or send an `Idempotency-Key` header.',
  })
  @Optional() @IsUUID()
  letterId?: string;

  @ApiProperty({ example: '2024-04-01' })
  @localDateField()
  tanggalDiterima!: string;

  @ApiProperty({ type: PengirimDto })
  @NestedObject(() => PengirimDto)
  pengirim!: PengirimDto;

  @ApiProperty({ example: '070/1234/207.3/2024', description: "The sender's own number" })
  @RequiredText(200)
  nomorSurat!: string;

  @ApiProperty({ example: '2024-03-28' })
  @localDateField()
  tanggalSurat!: string;

  @ApiProperty({ example: 'Permohonan izin penelitian' })
  @RequiredText(1000)
  perihal!: string;

  @ApiProperty({ example: '070', description: 'Archive classification code' })
  @RequiredText(50)
  klasifikasi!: string;

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @Optional() @ObjectList(() => DocumentRefDto, 50)
  lampiran?: DocumentRefDto[];

  @ApiPropertyOptional({ type: [UserRefDto], description: 'Addressees besides the Kepala Dinas (readers of a rahasia letter)' })
  @Optional() @ObjectList(() => UserRefDto, 50)
  kepada?: UserRefDto[];

  @ApiProperty({ type: UserRefDto, description: 'The Kepala Dinas (or Plt) the letter is routed to' })
  @NestedObject(() => UserRefDto)
  routeTo!: UserRefDto;

  @ApiPropertyOptional({ type: ExternalNumberDto, description: 'The SRIKANDI/TNDE agenda number; then Jejak issues none' })
  @OptionalNestedObject(() => ExternalNumberDto)
  nomorEksternal?: ExternalNumberDto;

  @ApiPropertyOptional({
    type: SopCaseRequestDto,
    nullable: true,
    description: "Open a case of the dinas's letter flow; omitted: opened when the klasifikasi matches a flow; null: no case",
  })
  @OptionalNestedObject(() => SopCaseRequestDto, { nullable: true })
  sopCase?: SopCaseRequestDto | null;
}
