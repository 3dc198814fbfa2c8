import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryBoolean, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsNotBlank } from '../../dto/strict-fields';

export class ImportSopBookRequest {
  @ApiPropertyOptional({ description: 'Unit (bidang/UPT/sekretariat) for SOPs whose page and list name none', default: 'Sekretariat', maxLength: TEXT_LIMITS.name })
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(TEXT_LIMITS.name)
  unit?: string;

  @ApiPropertyOptional({ description: 'Only parse and report; create no drafts. Exactly `true` or `false`.', default: false })
  @IsOptional() @QueryBoolean()
  dryRun?: boolean;
}
