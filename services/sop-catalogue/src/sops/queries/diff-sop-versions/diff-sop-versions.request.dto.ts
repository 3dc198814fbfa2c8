import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';

export class DiffSopVersionsRequest {
  @ApiProperty({ minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) from!: number;
  @ApiProperty({ minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) to!: number;
}
