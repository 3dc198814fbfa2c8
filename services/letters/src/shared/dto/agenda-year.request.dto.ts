import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { QueryInt } from '@jejak/nest-platform';

export class AgendaYearRequest {
  @ApiPropertyOptional({ example: 2024, minimum: 1900, maximum: 9999, description: "The book's year; default this year in the dinas's time zone" })
  @IsOptional() @QueryInt({ min: 1900, max: 9999 })
  year?: number;
}
