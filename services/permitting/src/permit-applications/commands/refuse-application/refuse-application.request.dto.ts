import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class RefuseApplicationRequest {
  @ApiProperty({ example: 'Lokasi usaha tidak sesuai tata ruang' }) @IsString() @MaxLength(500) reason!: string;
}
