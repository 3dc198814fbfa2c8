import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class ListSopRegistryRequest {
  @ApiPropertyOptional({ example: '35.01' })
  @IsOptional() @Matches(/^\d{2}(\.\d{2}){0,3}$/, { message: 'kode wilayah tidak valid (contoh: 35 atau 35.01)' })
  tenant?: string;

  @ApiPropertyOptional({ enum: ['draft', 'approved', 'effective', 'retired'] })
  @IsOptional() @IsIn(['draft', 'approved', 'effective', 'retired'])
  status?: string;
}
