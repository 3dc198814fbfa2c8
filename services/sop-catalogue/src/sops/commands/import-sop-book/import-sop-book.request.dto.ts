import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class ImportSopBookRequest {
  @ApiPropertyOptional({ description: 'Unit (bidang/UPT/sekretariat) for SOPs whose page and list name none', default: 'Sekretariat' })
  @IsOptional() @IsString() @MaxLength(300)
  unit?: string;

  @ApiPropertyOptional({ description: 'Only parse and report; create no drafts', default: false })
  @IsOptional() @Transform(({ value }) => value === true || value === 'true') @IsBoolean()
  dryRun?: boolean;
}
