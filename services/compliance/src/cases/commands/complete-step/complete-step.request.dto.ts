import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TEXT_LIMITS } from '@jejak/nest-platform';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsString, MaxLength } from 'class-validator';
import { OptionalText } from '../../../shared/request-validation';

export class CompleteStepRequest {
  @ApiProperty({ example: ['RKA/DPA'], description: "The step's kelengkapan (mutu baku) the pelaksana checked as present" })
  @IsDefined() @IsArray() @IsString({ each: true }) @MaxLength(TEXT_LIMITS.name, { each: true }) @ArrayMaxSize(100)
  kelengkapanChecked!: string[];

  @ApiProperty({ description: "Whether the step's output (mutu baku) was produced" })
  @IsDefined() @IsBoolean()
  outputProduced!: boolean;

  @ApiPropertyOptional({ example: '800/012/KUKM/2026', description: 'Reference to the produced document (letter number, archive id)' })
  @OptionalText(500)
  documentRef?: string;
}
