import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class LinkSopCaseRequest {
  @ApiProperty({ example: 'penerimaan-penelitian', description: "The dinas's letter flow the case runs" })
  @IsString() @IsNotEmpty() @MaxLength(100)
  flow!: string;

  @ApiProperty({ description: 'The existing case the letter advances' })
  @IsUUID()
  caseId!: string;
}
