import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class AgendaYearRequest {
  @ApiPropertyOptional({ example: 2024, description: "The book's year; default this year in the dinas's time zone" })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(9999)
  year?: number;
}
