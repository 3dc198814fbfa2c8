import { ApiProperty } from '@nestjs/swagger';

import { IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, NestedObject } from '@jejak/nest-platform';
import { PermitTypeContentRequest } from '../../dto/permit-type-content.dto';

export class DefinePermitTypeRequest {
  @ApiProperty({ example: 'IUI_REKOMTEK', description: 'Unique in the dinas: capitals, digits, underscore' }) @IsString() @MaxLength(40) code!: string;
  @ApiProperty({ example: '2023-01-04' }) @IsCalendarDate() effectiveFrom!: string;
  @ApiProperty({ type: PermitTypeContentRequest }) @NestedObject(() => PermitTypeContentRequest) content!: PermitTypeContentRequest;
}
