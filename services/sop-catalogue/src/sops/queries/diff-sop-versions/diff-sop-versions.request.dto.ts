import { ApiProperty } from '@nestjs/swagger';
import { QueryInt } from '@jejak/nest-platform';
import { MAX_SOP_VERSION } from '../../dto/version-params.dto';

export class DiffSopVersionsRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_SOP_VERSION }) @QueryInt({ min: 1, max: MAX_SOP_VERSION }) from!: number;
  @ApiProperty({ minimum: 1, maximum: MAX_SOP_VERSION }) @QueryInt({ min: 1, max: MAX_SOP_VERSION }) to!: number;
}
