import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class MakeSopEffectiveRequest {
  @ApiProperty({ example: '2026-01-02', description: 'First day the version is in force' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'tanggal harus berformat YYYY-MM-DD' })
  effectiveFrom!: string;
}
