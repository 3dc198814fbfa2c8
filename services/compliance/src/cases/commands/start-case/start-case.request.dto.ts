import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsSafeInt, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsUUID, Max, Min } from 'class-validator';
import { OptionalNotNull, OptionalText, RequiredText } from '../../../shared/request-validation';

export class StartCaseRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21',
    description: 'The id of the new case, chosen by the client so that a retry (same id, same body) returns the first result instead of a second case',
  })
  @OptionalNotNull() @IsUUID('all', { message: 'caseId harus berupa UUID' })
  caseId?: string;

  @ApiProperty({ description: 'The SOP (catalogue id); the version in force today is pinned' })
  @RequiredText(TEXT_LIMITS.code)
  sopId!: string;

  @ApiPropertyOptional({ description: 'Run only this procedure (0-based) of a multi-procedure SOP' })
  @OptionalNotNull() @IsSafeInt() @Min(0) @Max(999)
  procedureIndex?: number;

  @ApiPropertyOptional({ example: 'Agenda 045/2026', description: 'The reference users know the case by' })
  @OptionalText(TEXT_LIMITS.name)
  reference?: string;
}
