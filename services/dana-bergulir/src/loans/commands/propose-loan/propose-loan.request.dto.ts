import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsSafeInt } from '@jejak/nest-platform';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { APPLICANT_KINDS, type ApplicantKind } from '../../../domain';

export class ApplicantRequest {
  @ApiProperty({ enum: APPLICANT_KINDS, example: 'usaha', description: 'koperasi (by NIK koperasi) or usaha (by NIB)' }) @IsDefined() @IsIn([...APPLICANT_KINDS])
  kind!: ApplicantKind;

  @ApiProperty({ example: '9120001234567', description: 'NIK koperasi or NIB (13 digits)' }) @IsDefined() @IsString() @MaxLength(30)
  number!: string;

  @ApiProperty({ example: 'UD Batik Tulis Sari', maxLength: 200 }) @IsDefined() @IsString() @MaxLength(200)
  name!: string;
}

/** Personal data (UU 27/2022): stored under `personal`, erasable later. */
export class PersonalRequest {
  @ApiProperty({ example: '3501014512800001', description: 'NIK, 16 digits (structure checked)' }) @IsDefined() @IsString() @MaxLength(16)
  nik!: string;

  @ApiProperty({ example: 'Sri Lestari', maxLength: 200 }) @IsDefined() @IsString() @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Jl. Ahmad Yani 10, Pacitan', maxLength: 500 }) @IsDefined() @IsString() @MaxLength(500)
  address!: string;
}

export class ProposeLoanRequest {
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b', description: 'The loan product; its version in force on receivedOn applies' }) @IsDefined() @IsUUID()
  productId!: string;

  @ApiProperty({ example: '2025-03-03', format: 'date', description: 'Day the proposal was received (the register date)' })
  @IsDefined({ message: 'receivedOn wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  receivedOn!: string;

  @ApiProperty({ type: ApplicantRequest })
  @IsDefined({ message: 'applicant wajib diisi' }) @IsObject({ message: 'applicant harus berupa objek' }) @ValidateNested() @Type(() => ApplicantRequest)
  applicant!: ApplicantRequest;

  @ApiProperty({ type: PersonalRequest })
  @IsDefined({ message: 'personal wajib diisi' }) @IsObject({ message: 'personal harus berupa objek' }) @ValidateNested() @Type(() => PersonalRequest)
  personal!: PersonalRequest;

  @ApiProperty({ example: 25_000_000, description: 'Integer rupiah, at most the ceiling per borrower' }) @IsDefined() @IsSafeInt()
  amount!: number;

  @ApiProperty({ example: 'Modal kerja pembelian kain dan malam', maxLength: 2000 }) @IsDefined() @IsString() @MaxLength(2000)
  purpose!: string;

  @ApiProperty({ example: 'BPKB sepeda motor', maxLength: 2000 }) @IsDefined() @IsString() @MaxLength(2000)
  collateral!: string;
}
