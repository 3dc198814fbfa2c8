import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { QueryInt } from '@jejak/nest-platform';
import { MAX_SOP_VERSION } from '../../dto/version-params.dto';

export class GetSopGapsRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SOP_VERSION, description: 'Version to check; default the open version (draft, submitted or approved), else the latest' })
  @IsOptional() @QueryInt({ min: 1, max: MAX_SOP_VERSION })
  version?: number;
}
