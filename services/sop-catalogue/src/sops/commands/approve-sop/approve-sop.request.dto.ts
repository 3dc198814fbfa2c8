import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ApproveSopRequest {
  @ApiPropertyOptional({ example: 'Kepala Dinas Koperasi dan UKM', description: 'Jabatan as printed; defaults to the one in the document' })
  @IsOptional() @IsString() @MaxLength(300)
  jabatan?: string;
}
