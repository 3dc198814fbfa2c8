import { ApiProperty } from '@nestjs/swagger';
import { IsSafeInt } from '@jejak/nest-platform';
import { IsDefined, IsString, MaxLength } from 'class-validator';
import type { ProgrammeTerms } from '../domain';

export class ProgrammeTermsRequest {
  @ApiProperty({ example: 'APBD Kabupaten Pacitan', maxLength: 200, description: 'Sumber dana, as the dinas records it' })
  @IsDefined() @IsString() @MaxLength(200)
  sourceOfFunds!: string;

  @ApiProperty({ example: 2_000_000_000, description: 'Total ceiling (pagu), integer rupiah' }) @IsDefined() @IsSafeInt()
  ceiling!: number;
}

export const toProgrammeTerms = (t: ProgrammeTermsRequest): ProgrammeTerms => ({ sourceOfFunds: t.sourceOfFunds, ceiling: t.ceiling });
