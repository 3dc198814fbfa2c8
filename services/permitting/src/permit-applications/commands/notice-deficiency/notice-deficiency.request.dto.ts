import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class NoticeDeficiencyRequest {
  @ApiPropertyOptional({ example: '500.9/112/DIKUPERIND/2025', nullable: true, description: 'Number of the deficiency letter (surat kekurangan) from the letters service' })
  @IsOptional() @IsString() @MaxLength(200) letterReference?: string | null;
}
