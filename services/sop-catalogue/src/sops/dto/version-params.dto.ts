import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { QueryInt } from '@jejak/nest-platform';

/** Largest version number a path may name (far beyond any SOP's history). */
export const MAX_SOP_VERSION = 100_000;

export class SopParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class SopVersionParams extends SopParams {
  @ApiProperty({ minimum: 1, maximum: MAX_SOP_VERSION }) @QueryInt({ min: 1, max: MAX_SOP_VERSION }) version!: number;
}
