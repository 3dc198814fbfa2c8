import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

export class NumberSequenceParams {
  @ApiProperty({ example: 'surat-keluar', description: "A sequence of the dinas's configuration" })
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'nama buku nomor: huruf kecil, angka dan -' })
  sequence!: string;

  @ApiProperty({ example: 2024 })
  @Type(() => Number) @IsInt() @Min(1900) @Max(9999)
  year!: number;
}

export class OpenNumberSequenceRequest {
  @ApiProperty({ example: 1621, description: 'The last number issued in the book kept before Jejak' })
  @IsInt() @Min(0)
  lastIssued!: number;
}
