import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PersonDto, localDateField } from '../../../shared/dto/letter-values.dto';

export class DisposisiRecipientDto extends PersonDto {
  @ApiPropertyOptional({ example: 'Subbagian Umum', description: 'The unit meant, addressed through its head' })
  @IsOptional() @IsString() @MaxLength(300)
  unit?: string;
}

export class SendDisposisiRequest {
  @ApiPropertyOptional({ nullable: true, description: 'The disposisi the sender received and disposes further; omit when the holder disposes' })
  @IsOptional() @IsUUID()
  fromDisposisiId?: string | null;

  @ApiProperty({ type: [DisposisiRecipientDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => DisposisiRecipientDto)
  recipients!: DisposisiRecipientDto[];

  @ApiProperty({ example: 'proses_lebih_lanjut', description: "A code from the dinas's instruction list" })
  @IsString() @IsNotEmpty() @MaxLength(100)
  instruction!: string;

  @ApiPropertyOptional({ example: 'Mohon ditelaah dan disiapkan jawaban', default: '' })
  @IsOptional() @IsString() @MaxLength(2000)
  catatan?: string;

  @ApiPropertyOptional({ example: '2024-04-05', nullable: true, description: 'Batas waktu; inherited from the disposisi received when omitted' })
  @IsOptional() @localDateField()
  batasWaktu?: string | null;
}
