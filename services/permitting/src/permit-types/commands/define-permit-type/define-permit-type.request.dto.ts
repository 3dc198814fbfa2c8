import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '@jejak/nest-platform';
import { PermitTypeContentRequest } from '../../dto/permit-type-content.dto';

export class DefinePermitTypeRequest {
  @ApiProperty({ example: 'IUI_REKOMTEK', description: 'Unique in the dinas: capitals, digits, underscore' }) @IsString() @MaxLength(40) code!: string;
  @ApiProperty({ example: '2023-01-04' }) @IsCalendarDate() effectiveFrom!: string;
  @ApiProperty({ type: PermitTypeContentRequest }) @ValidateNested() @Type(() => PermitTypeContentRequest) content!: PermitTypeContentRequest;
}
