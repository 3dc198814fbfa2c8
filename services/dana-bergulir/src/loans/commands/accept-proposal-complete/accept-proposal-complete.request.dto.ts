import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AcceptProposalCompleteRequest {
  @ApiProperty({ example: 'Berkas lengkap', required: false, maxLength: 2000, description: "The checker's note" }) @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}
