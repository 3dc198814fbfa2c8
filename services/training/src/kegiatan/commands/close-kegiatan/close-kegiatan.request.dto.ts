import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CloseKegiatanRequest {
  @ApiProperty({ example: 'Sudah selesai ditindaklanjuti', maxLength: 500 })
  @IsString() @IsNotEmpty() @MaxLength(500)
  reason!: string;
}
