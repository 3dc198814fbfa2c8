import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@jejak/nest-platform';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LoanProductTermsRequest } from '../../../shared/loan-product-terms.dto';

export class DefineLoanProductRequest {
  @ApiProperty({ example: 'DB-UMKM', maxLength: 50, description: "The dinas's code for the product" }) @IsDefined() @IsString() @MaxLength(50)
  code!: string;

  @ApiProperty({ example: 'Dana Bergulir UMKM 2025', maxLength: 200 }) @IsDefined() @IsString() @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2025-01-01', format: 'date', description: 'Version 1 is in force from this day' })
  @IsDefined({ message: 'effectiveFrom wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ type: LoanProductTermsRequest })
  @IsDefined({ message: 'terms wajib diisi' }) @IsObject({ message: 'terms harus berupa objek' }) @ValidateNested() @Type(() => LoanProductTermsRequest)
  terms!: LoanProductTermsRequest;
}
