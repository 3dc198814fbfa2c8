import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsOptional, IsUUID } from 'class-validator';
import { ObjectList, OptionalText, RequiredText, TEXT_LIMITS } from '../../../shared/dto/letter-values.dto';
import { PersonDto, localDateField } from '../../../shared/dto/letter-values.dto';

export class DisposisiRecipientDto extends PersonDto {
  @ApiPropertyOptional({ example: 'Subbagian Umum', description: 'The unit meant, addressed through its head' })
  @OptionalText(TEXT_LIMITS.name)
  unit?: string;
}

export class SendDisposisiRequest {
  @ApiPropertyOptional({ nullable: true, description: 'The disposisi the sender received and disposes further; omit when the holder disposes' })
  @IsOptional() @IsUUID()
  fromDisposisiId?: string | null;

  @ApiProperty({ type: [DisposisiRecipientDto] })
  @ArrayMinSize(1) @ObjectList(() => DisposisiRecipientDto, 30)
  recipients!: DisposisiRecipientDto[];

  @ApiProperty({ example: 'proses_lebih_lanjut', description: "A code from the dinas's instruction list" })
  @RequiredText(TEXT_LIMITS.code)
  instruction!: string;

  @ApiPropertyOptional({ example: 'Mohon ditelaah dan disiapkan jawaban', default: '' })
  @OptionalText(TEXT_LIMITS.text)
  catatan?: string;

  @ApiPropertyOptional({ example: '2024-04-05', nullable: true, description: 'Batas waktu; inherited from the disposisi received when omitted' })
  @IsOptional() @localDateField()
  batasWaktu?: string | null;
}
