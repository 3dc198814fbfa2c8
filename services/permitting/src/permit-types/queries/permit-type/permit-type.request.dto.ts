import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '@jejak/nest-platform';

export class PermitTypeAsOfQuery {
  @ApiPropertyOptional({ example: '2025-03-04', description: 'The version in force on this date' }) @IsOptional() @IsCalendarDate() asOf?: string;
}
