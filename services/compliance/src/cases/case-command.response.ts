import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { CaseEvent, CaseState } from '../domain';

export interface CaseCommandResult {
  caseId: string;
  /** Stream revision after the command: the next `If-Match` value. */
  revision: number;
  events: CaseEvent[];
}

export const caseCommandResult = (outcome: CommandOutcome<CaseEvent, CaseState>): CaseCommandResult => ({
  caseId: outcome.id,
  revision: outcome.revision,
  events: outcome.events,
});

export class CaseCommandResponse {
  @ApiProperty({ example: '0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21' }) caseId!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match', example: 3 }) revision!: number;
  @ApiPropertyOptional({ description: 'Global log position of the last event the command appended (also the X-Jejak-Position header); send it as X-Jejak-Min-Position on the next read', example: '7421.15' }) position?: string;
  @ApiProperty({ type: [String], description: 'Events recorded by the command', example: ['StepCompleted'] }) events!: string[];
}

export function respondCase(res: Response, result: CaseCommandResult): CaseCommandResponse {
  setETag(res, result.revision);
  return { caseId: result.caseId, revision: result.revision, events: result.events.map((e) => e.type) };
}
