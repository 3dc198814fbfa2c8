import { ApiProperty } from '@nestjs/swagger';

import { Matches } from 'class-validator';
import { IsCalendarDate, NestedObject } from '@jejak/nest-platform';
import { PermitTypeContentRequest } from '../../dto/permit-type-content.dto';

export class PermitTypeParams {
  @ApiProperty({ example: 'IUI_REKOMTEK' }) @Matches(/^[A-Z][A-Z0-9_]{1,39}$/) code!: string;
}

export class RevisePermitTypeRequest {
  @ApiProperty({ example: '2025-07-01', description: 'Not before the latest version' }) @IsCalendarDate() effectiveFrom!: string;
  @ApiProperty({ type: PermitTypeContentRequest }) @NestedObject(() => PermitTypeContentRequest) content!: PermitTypeContentRequest;
}
