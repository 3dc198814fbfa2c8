import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsNotBlank } from '../../dto/strict-fields';

export class RetireSopRequest {
  @ApiProperty({ example: '2026-12-31', format: 'date', description: 'First day the SOP is no longer in force' })
  @IsDefined() @IsCalendarDate()
  retiredFrom!: string;
  @ApiProperty({ example: 'Digantikan oleh SOP baru', description: 'Why the SOP is retired', maxLength: TEXT_LIMITS.text })
  @IsString() @IsNotBlank() @MaxLength(TEXT_LIMITS.text)
  reason!: string;
}
