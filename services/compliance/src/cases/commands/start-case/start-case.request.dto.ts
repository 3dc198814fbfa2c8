import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class StartCaseRequest {
  @ApiProperty({ description: 'The SOP (catalogue id); the version in force today is pinned' })
  @IsString() @IsNotEmpty()
  sopId!: string;

  @ApiPropertyOptional({ description: 'Run only this procedure (0-based) of a multi-procedure SOP' })
  @IsOptional() @IsInt() @Min(0)
  procedureIndex?: number;

  @ApiPropertyOptional({ example: 'Agenda 045/2026', description: 'The reference users know the case by' })
  @IsOptional() @IsString() @MaxLength(300)
  reference?: string;
}
