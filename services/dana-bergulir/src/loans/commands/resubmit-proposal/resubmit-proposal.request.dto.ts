import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, IsSafeInt } from '@jejak/nest-platform';
import { IsDefined, IsString, MaxLength } from 'class-validator';

export class ResubmitProposalRequest {
  @ApiProperty({ example: '2025-03-12', format: 'date' }) @IsDefined({ message: 'receivedOn wajib diisi (YYYY-MM-DD)' }) @IsCalendarDate()
  receivedOn!: string;

  @ApiProperty({ example: 20_000_000, description: 'Integer rupiah, at most the ceiling of the product version of the proposal' }) @IsDefined() @IsSafeInt()
  amount!: number;

  @ApiProperty({ example: 'Modal kerja pembelian kain dan malam', maxLength: 2000 }) @IsDefined() @IsString() @MaxLength(2000)
  purpose!: string;

  @ApiProperty({ example: 'BPKB sepeda motor', maxLength: 2000 }) @IsDefined() @IsString() @MaxLength(2000)
  collateral!: string;
}
