import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateKegiatanRequest {
  @ApiProperty({ example: 'Contoh pertama', description: 'Title users read (Bahasa Indonesia)', maxLength: 300 })
  @IsString() @IsNotEmpty() @MaxLength(300)
  title!: string;
}
