import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@jejak/nest-platform';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { LoanProductTermsRequest } from '../../../shared/loan-product-terms.dto';

export class AddLoanProductVersionRequest {
  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'The new version is in force from this day (after the latest version)' })
  @IsDefined({ message: 'effectiveFrom wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ type: LoanProductTermsRequest })
  @IsDefined({ message: 'terms wajib diisi' }) @IsObject({ message: 'terms harus berupa objek' }) @ValidateNested() @Type(() => LoanProductTermsRequest)
  terms!: LoanProductTermsRequest;
}
