import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class NoteRequest {
  @ApiPropertyOptional({ example: 'Selesai ditindaklanjuti' })
  @IsOptional() @IsString() @MaxLength(2000)
  catatan?: string;
}
