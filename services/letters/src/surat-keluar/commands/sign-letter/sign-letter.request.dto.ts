import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNestedObject } from '../../../shared/dto/letter-values.dto';
import { ExternalNumberDto } from '../../../shared/dto/letter-values.dto';

export class SignLetterRequest {
  @ApiPropertyOptional({ type: ExternalNumberDto, description: 'The number SRIKANDI gave the letter; then Jejak issues none' })
  @OptionalNestedObject(() => ExternalNumberDto)
  nomorEksternal?: ExternalNumberDto;
}
