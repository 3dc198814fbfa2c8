import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@jejak/nest-platform';
import { IsOptional } from 'class-validator';

export class GetRoleMappingInForceRequest {
  @ApiPropertyOptional({ example: '2026-03-02', description: "The dinas's local date (YYYY-MM-DD); default: today in the dinas's time zone" })
  @IsOptional() @IsCalendarDate()
  date?: string;
}
