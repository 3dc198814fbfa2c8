import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { localDateField } from '../../../shared/dto/letter-values.dto';

export class MyQueuesRequest {
  @ApiPropertyOptional({ example: '2024-04-08', description: "The date the overdue queue is computed for; default today in the dinas's time zone" })
  @IsOptional() @localDateField()
  asOf?: string;
}
