import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class KegiatanParams {
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b' })
  @IsUUID()
  id!: string;
}
