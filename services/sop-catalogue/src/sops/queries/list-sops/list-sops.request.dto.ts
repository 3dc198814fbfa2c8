import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { QueryInt, TEXT_LIMITS } from '@jejak/nest-platform';

export const SOP_STAGES = ['draft', 'submitted', 'approved', 'effective', 'retired'] as const;
export const LIST_DEFAULT_LIMIT = 50;
export const LIST_MAX_LIMIT = 200;
/** Largest `offset` accepted (offset paging is kept for old callers; use `cursor`). */
export const LIST_MAX_OFFSET = 100_000;

export class ListSopsRequest {
  @ApiPropertyOptional({ example: '35.01', description: 'Dinas (region code); default every dinas the user may read' })
  @IsOptional() @Matches(/^\d{2}(\.\d{2}){0,3}$/, { message: 'kode wilayah tidak valid (contoh: 35 atau 35.01)' })
  tenant?: string;

  @ApiPropertyOptional({ description: 'Unit (bidang/UPT/sekretariat), exact', maxLength: TEXT_LIMITS.name })
  @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.name)
  unit?: string;

  @ApiPropertyOptional({ description: 'Text in the name, number or unit (case-insensitive)', maxLength: 200 })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SOP_STAGES })
  @IsOptional() @IsIn(SOP_STAGES)
  stage?: (typeof SOP_STAGES)[number];

  @ApiPropertyOptional({ default: LIST_DEFAULT_LIMIT, minimum: 1, maximum: LIST_MAX_LIMIT, description: 'Items per page' })
  @IsOptional() @QueryInt({ min: 1, max: LIST_MAX_LIMIT })
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` value of the previous page (opaque); absent for the first page', maxLength: 400 })
  @IsOptional() @IsString() @MaxLength(400)
  cursor?: string;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: LIST_MAX_OFFSET, description: 'Deprecated: skip this many items (not with `cursor`); prefer `cursor`' })
  @IsOptional() @QueryInt({ min: 0, max: LIST_MAX_OFFSET })
  offset?: number;
}
