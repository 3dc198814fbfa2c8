import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DocumentRefDto } from '../../../shared/dto/letter-values.dto';

export class ReportFollowUpRequest {
  @ApiProperty({ example: 'Konsep surat rekomendasi sudah disiapkan' })
  @IsString() @IsNotEmpty() @MaxLength(4000)
  laporan!: string;

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DocumentRefDto)
  lampiran?: DocumentRefDto[];
}
