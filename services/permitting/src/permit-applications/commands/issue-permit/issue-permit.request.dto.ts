import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '@jejak/nest-platform';

export class IssuePermitRequest {
  @ApiProperty({ example: 'IUI-3501-2025-000123', description: 'Number from the national system' }) @IsString() @MaxLength(200) number!: string;
  @ApiProperty({ example: '2025-03-12' }) @IsCalendarDate() issuedOn!: string;
  @ApiProperty({ example: null, nullable: true, description: 'Validity from the national system; null when it states none' }) @ValidateIf((_o, v) => v !== null) @IsCalendarDate() validUntil!: string | null;
}
