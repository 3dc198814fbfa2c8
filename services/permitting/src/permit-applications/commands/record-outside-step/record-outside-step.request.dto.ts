import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, MaxLength } from 'class-validator';

export class RecordOutsideStepRequest {
  @ApiProperty({ example: 'oss-rekomtek-diterima', description: 'An outside step of the permit type' }) @IsString() @MaxLength(60) step!: string;
  @ApiProperty({ example: 'OSS-IUI-2025-000777', description: 'The reference in the outside system' }) @IsString() @MaxLength(200) reference!: string;
  @ApiProperty({ example: '2025-03-10T02:00:00.000Z' }) @IsISO8601({ strict: true }) startedAt!: string;
  @ApiProperty({ example: '2025-03-12T04:00:00.000Z' }) @IsISO8601({ strict: true }) completedAt!: string;
}
