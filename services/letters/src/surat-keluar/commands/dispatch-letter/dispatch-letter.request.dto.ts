import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { Optional, OptionalText, RequiredText, TEXT_LIMITS } from '../../../shared/dto/letter-values.dto';

export class DispatchLetterRequest {
  @ApiProperty({ example: 'email', description: "One of the dinas's channels (SRIKANDI, email, pos, kurir, langsung)" })
  @RequiredText(50)
  via!: string;

  @ApiPropertyOptional({ example: '2024-04-05T02:00:00.000Z', description: 'When it actually left; default now' })
  @Optional() @IsISO8601({ strict: true, strictSeparator: true })
  dispatchedAt?: string;

  @ApiPropertyOptional({ example: 'Dikirim ke alamat email peneliti' })
  @OptionalText(TEXT_LIMITS.text)
  catatan?: string;
}
