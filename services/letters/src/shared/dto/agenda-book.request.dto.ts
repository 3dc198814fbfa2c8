import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryInt } from '@jejak/nest-platform';
import { KEYSET_CURSOR_MAX_LENGTH } from '@jejak/service-kit';
import { AgendaYearRequest } from './agenda-year.request.dto';

export const AGENDA_DEFAULT_LIMIT = 50;
export const AGENDA_MAX_LIMIT = 200;

/** A page of a year's agenda book: `year`, `limit` and the `cursor` of the previous page. */
export class AgendaBookRequest extends AgendaYearRequest {
  @ApiPropertyOptional({ default: AGENDA_DEFAULT_LIMIT, minimum: 1, maximum: AGENDA_MAX_LIMIT, description: 'Entries per page' })
  @IsOptional() @QueryInt({ min: 1, max: AGENDA_MAX_LIMIT })
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` value of the previous page (opaque); absent for the first page', maxLength: KEYSET_CURSOR_MAX_LENGTH })
  @IsOptional() @IsString() @MaxLength(KEYSET_CURSOR_MAX_LENGTH)
  cursor?: string;
}
