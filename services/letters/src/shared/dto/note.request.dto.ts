import { OptionalText, TEXT_LIMITS } from './letter-values.dto';
import { ApiPropertyOptional } from '@nestjs/swagger';

export class NoteRequest {
  @ApiPropertyOptional({ example: 'Selesai ditindaklanjuti' })
  @OptionalText(TEXT_LIMITS.text)
  catatan?: string;
}
