import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsSafeInt, QueryInt, TEXT_LIMITS } from '@jejak/nest-platform';

export class NumberSequenceParams {
  @ApiProperty({ example: 'surat-keluar', description: "A sequence of the dinas's configuration" })
  @MaxLength(TEXT_LIMITS.code)
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'nama buku nomor: huruf kecil, angka dan -' })
  sequence!: string;

  @ApiProperty({ example: 2024 })
  @QueryInt({ min: 1900, max: 9999 })
  year!: number;
}

export class OpenNumberSequenceRequest {
  @ApiProperty({ example: 1621, description: 'The last number issued in the book kept before Jejak', minimum: 0, maximum: Number.MAX_SAFE_INTEGER - 1 })
  @IsDefined() @IsSafeInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER - 1)
  lastIssued!: number;
}
