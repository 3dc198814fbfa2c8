import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RejectSopApprovalRequest {
  @ApiProperty({ example: 'Waktu langkah 4 belum sesuai', description: 'Why the version goes back to draft' })
  @IsString() @IsNotEmpty() @MaxLength(2000)
  reason!: string;
}
