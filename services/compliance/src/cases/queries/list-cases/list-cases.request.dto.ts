import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CaseFilterRequest } from '../../../measurement/queries/compliance-summary/compliance-summary.request.dto';

export class ListCasesRequest extends CaseFilterRequest {
  @ApiPropertyOptional({ enum: ['open', 'completed', 'cancelled'] })
  @IsOptional() @IsIn(['open', 'completed', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({ example: 'Agenda 045/2026' }) @IsOptional() @IsString() @MaxLength(300)
  reference?: string;

  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  limit?: number;
}
