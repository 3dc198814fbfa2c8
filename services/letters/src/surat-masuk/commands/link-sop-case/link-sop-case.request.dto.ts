import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { RequiredText, TEXT_LIMITS } from '../../../shared/dto/letter-values.dto';

export class LinkSopCaseRequest {
  @ApiProperty({ example: 'penerimaan-penelitian', description: "The dinas's letter flow the case runs" })
  @RequiredText(TEXT_LIMITS.code)
  flow!: string;

  @ApiProperty({ description: 'The existing case the letter advances' })
  @IsUUID()
  caseId!: string;
}
