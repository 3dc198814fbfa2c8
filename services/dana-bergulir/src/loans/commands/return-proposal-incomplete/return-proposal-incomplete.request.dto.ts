import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDefined, IsOptional, IsString, MaxLength } from 'class-validator';

export class ReturnProposalIncompleteRequest {
  @ApiProperty({ type: [String], example: ['Fotokopi KTP pemohon', 'Surat keterangan usaha dari desa'], description: 'What is missing (1-30 items)' })
  @IsDefined() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(300, { each: true })
  missing!: string[];

  @ApiProperty({ example: 'Mohon dilengkapi dalam 14 hari', required: false, maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}
