import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const SOP_STAGES = ['draft', 'submitted', 'approved', 'effective', 'retired'] as const;

export class ListSopsRequest {
  @ApiPropertyOptional({ example: '35.01', description: 'Dinas (region code); default every dinas the user may read' })
  @IsOptional() @Matches(/^\d{2}(\.\d{2}){0,3}$/, { message: 'kode wilayah tidak valid (contoh: 35 atau 35.01)' })
  tenant?: string;

  @ApiPropertyOptional({ description: 'Unit (bidang/UPT/sekretariat), exact' })
  @IsOptional() @IsString() @MaxLength(300)
  unit?: string;

  @ApiPropertyOptional({ description: 'Text in the name, number or unit' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SOP_STAGES })
  @IsOptional() @IsIn(SOP_STAGES)
  stage?: (typeof SOP_STAGES)[number];

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  offset?: number;
}
