import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Min } from 'class-validator';

export class SopParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class SopVersionParams extends SopParams {
  @ApiProperty({ minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) version!: number;
}
