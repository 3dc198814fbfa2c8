import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryInt } from '@jejak/nest-platform';
import { KEYSET_CURSOR_MAX_LENGTH } from '@jejak/service-kit';
import { localDateField } from '../../../shared/dto/letter-values.dto';

export const QUEUES_DEFAULT_LIMIT = 50;
export const QUEUES_MAX_LIMIT = 200;

export class MyQueuesRequest {
  @ApiPropertyOptional({ example: '2024-04-08', description: "The date the overdue queue is computed for; default today in the dinas's time zone" })
  @IsOptional() @localDateField()
  asOf?: string;

  @ApiPropertyOptional({ default: QUEUES_DEFAULT_LIMIT, minimum: 1, maximum: QUEUES_MAX_LIMIT, description: 'Letters per page (a letter may give items in several queues)' })
  @IsOptional() @QueryInt({ min: 1, max: QUEUES_MAX_LIMIT })
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` value of the previous page (opaque); absent for the first page', maxLength: KEYSET_CURSOR_MAX_LENGTH })
  @IsOptional() @IsString() @MaxLength(KEYSET_CURSOR_MAX_LENGTH)
  cursor?: string;
}
