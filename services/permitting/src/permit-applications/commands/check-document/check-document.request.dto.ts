import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class CheckDocumentRequest {
  @ApiProperty({ enum: ['accepted', 'rejected'], example: 'rejected' }) @IsIn(['accepted', 'rejected']) verdict!: 'accepted' | 'rejected';
  @ApiPropertyOptional({ example: 'Data kapasitas produksi belum diisi', description: 'Required when rejected' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
