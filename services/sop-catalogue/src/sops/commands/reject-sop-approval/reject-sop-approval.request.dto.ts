import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@jejak/nest-platform';
import { IsNotBlank } from '../../dto/strict-fields';

export class RejectSopApprovalRequest {
  @ApiProperty({ example: 'Waktu langkah 4 belum sesuai', description: 'Why the version goes back to draft', maxLength: TEXT_LIMITS.text })
  @IsString() @IsNotBlank() @MaxLength(TEXT_LIMITS.text)
  reason!: string;
}
