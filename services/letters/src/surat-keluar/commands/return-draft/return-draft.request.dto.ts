import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReturnDraftRequest {
  @ApiProperty({ example: 'Dasar hukum rekomendasi belum dicantumkan' })
  @IsString() @IsNotEmpty() @MaxLength(2000)
  catatan!: string;
}
