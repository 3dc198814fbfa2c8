import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class CompleteStepRequest {
  @ApiProperty({ example: ['RKA/DPA'], description: "The step's kelengkapan (mutu baku) the pelaksana checked as present" })
  @IsArray() @IsString({ each: true }) @ArrayMaxSize(100)
  kelengkapanChecked!: string[];

  @ApiProperty({ description: "Whether the step's output (mutu baku) was produced" })
  @IsBoolean()
  outputProduced!: boolean;

  @ApiPropertyOptional({ example: '800/012/KUKM/2026', description: 'Reference to the produced document (letter number, archive id)' })
  @IsOptional() @IsString() @MaxLength(500)
  documentRef?: string;
}
