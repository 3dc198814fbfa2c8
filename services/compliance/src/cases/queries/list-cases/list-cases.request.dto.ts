import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInt, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CaseFilterRequest } from '../../../measurement/queries/compliance-summary/compliance-summary.request.dto';

/** Most cases one page holds. */
export const MAX_CASES_PAGE = 200;
export const DEFAULT_CASES_PAGE = 100;

export class ListCasesRequest extends CaseFilterRequest {
  @ApiPropertyOptional({ enum: ['open', 'completed', 'cancelled'] })
  @IsOptional() @IsIn(['open', 'completed', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({ example: 'Agenda 045/2026' }) @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.name)
  reference?: string;

  @ApiPropertyOptional({ default: DEFAULT_CASES_PAGE, minimum: 1, maximum: MAX_CASES_PAGE, description: 'Cases per page' })
  @IsOptional() @QueryInt({ min: 1, max: MAX_CASES_PAGE })
  limit?: number;

  @ApiPropertyOptional({
    description: 'Where the page starts: the `X-Next-Cursor` header (or the `rel="next"` link) of the previous page. Stable while cases are written: a walk sees every case that existed when it began exactly once.',
    example: 'MjAyNi0wMi0wMlQwMTowMDowMC4wMDAwMDBafDBiN2YxYzhl',
  })
  @IsOptional() @IsString() @MaxLength(200) @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor tidak valid: gunakan nilai X-Next-Cursor dari halaman sebelumnya' })
  cursor?: string;
}
