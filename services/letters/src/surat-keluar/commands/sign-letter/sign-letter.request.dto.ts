import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ExternalNumberDto } from '../../../shared/dto/letter-values.dto';

export class SignLetterRequest {
  @ApiPropertyOptional({ type: ExternalNumberDto, description: 'The number SRIKANDI gave the letter; then Jejak issues none' })
  @IsOptional() @ValidateNested() @Type(() => ExternalNumberDto)
  nomorEksternal?: ExternalNumberDto;
}
