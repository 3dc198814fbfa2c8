import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { TEXT_LIMITS } from '@jejak/nest-platform';
import { IsNotBlank } from '../../dto/strict-fields';

export class ApproveSopRequest {
  @ApiPropertyOptional({ example: 'Kepala Dinas Koperasi dan UKM', description: 'Jabatan as printed; defaults to the one in the document', maxLength: TEXT_LIMITS.name })
  @ValidateIf((_o, v: unknown) => v !== undefined) @IsString() @IsNotBlank() @MaxLength(TEXT_LIMITS.name)
  jabatan?: string;
}
