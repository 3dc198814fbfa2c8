import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@jejak/nest-platform';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { ProgrammeTermsRequest } from '../../../shared/programme-terms.dto';

export class AddProgrammeVersionRequest {
  @ApiProperty({ example: '2025-07-01', format: 'date', description: 'In force from this day (after the latest version)' })
  @IsDefined({ message: 'effectiveFrom wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ type: ProgrammeTermsRequest })
  @IsDefined({ message: 'terms wajib diisi' }) @IsObject({ message: 'terms harus berupa objek' }) @ValidateNested() @Type(() => ProgrammeTermsRequest)
  terms!: ProgrammeTermsRequest;
}
