import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { IsCalendarDate } from '@jejak/nest-platform';

export class MakeSopEffectiveRequest {
  @ApiProperty({ example: '2026-01-02', format: 'date', description: 'First day the version is in force' })
  @IsDefined() @IsCalendarDate()
  effectiveFrom!: string;
}
