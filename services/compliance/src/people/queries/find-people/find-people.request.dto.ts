import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInt, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TENANT_MESSAGE, TENANT_PATTERN } from '../../../calendars/dto/calendar-params.dto';

export const MAX_PEOPLE_PAGE = 100;

export class FindPeopleRequest {
  @ApiPropertyOptional({ example: 'siti', description: 'Part of the name or of the jabatan (case-insensitive); all people of the dinas without it' })
  @IsOptional() @IsString() @MaxLength(TEXT_LIMITS.name)
  q?: string;

  @ApiPropertyOptional({ example: '61', description: "Kemendagri region code of the dinas; default: the caller's own" })
  @IsOptional() @Matches(TENANT_PATTERN, { message: TENANT_MESSAGE })
  tenant?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: MAX_PEOPLE_PAGE })
  @IsOptional() @QueryInt({ min: 1, max: MAX_PEOPLE_PAGE })
  limit?: number;
}
