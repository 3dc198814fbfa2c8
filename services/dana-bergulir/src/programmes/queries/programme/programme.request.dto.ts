import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ProgrammeParams {
  @ApiProperty({ example: '3c9e1f0a-2b4d-4e6f-8a1b-5d7c9e0f1a2b' })
  @IsUUID()
  id!: string;
}
