import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class GetSopAsOfRequest {
  @ApiProperty({ example: '2024-03-01', description: 'A date (YYYY-MM-DD, the dinas calendar day) or an ISO instant' })
  @Matches(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, { message: 'harus berupa tanggal YYYY-MM-DD atau waktu ISO 8601' })
  date!: string;

  @ApiPropertyOptional({ enum: ['latest', 'then'], description: '`then`: only what had been recorded by that day' })
  @IsOptional() @IsIn(['latest', 'then'])
  knowledge?: 'latest' | 'then';
}
