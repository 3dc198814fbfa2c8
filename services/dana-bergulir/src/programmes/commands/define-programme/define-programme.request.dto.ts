import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@jejak/nest-platform';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ProgrammeTermsRequest } from '../../../shared/programme-terms.dto';

export class DefineProgrammeRequest {
  @ApiProperty({ example: 'DB-2025', maxLength: 50 }) @IsDefined() @IsString() @MaxLength(50)
  code!: string;

  @ApiProperty({ example: 'Dana Bergulir Koperasi dan UMKM 2025', maxLength: 200 }) @IsDefined() @IsString() @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2025-01-01', format: 'date' }) @IsDefined({ message: 'effectiveFrom wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ type: ProgrammeTermsRequest })
  @IsDefined({ message: 'terms wajib diisi' }) @IsObject({ message: 'terms harus berupa objek' }) @ValidateNested() @Type(() => ProgrammeTermsRequest)
  terms!: ProgrammeTermsRequest;
}
