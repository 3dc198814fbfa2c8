import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class WithdrawApplicationRequest {
  @ApiProperty({ example: 'Pemohon menarik permohonan' }) @IsString() @MaxLength(500) reason!: string;
}
