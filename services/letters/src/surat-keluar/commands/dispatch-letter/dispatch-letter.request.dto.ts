import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class DispatchLetterRequest {
  @ApiProperty({ example: 'email', description: "One of the dinas's channels (SRIKANDI, email, pos, kurir, langsung)" })
  @IsString() @IsNotEmpty() @MaxLength(50)
  via!: string;

  @ApiPropertyOptional({ example: '2024-04-05T02:00:00.000Z', description: 'When it actually left; default now' })
  @IsOptional() @IsISO8601({ strict: true })
  dispatchedAt?: string;

  @ApiPropertyOptional({ example: 'Dikirim ke alamat email peneliti' })
  @IsOptional() @IsString() @MaxLength(2000)
  catatan?: string;
}
