import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { SopEvent, SopState } from '../domain';

/** What the command pipeline returns for an SOP command. */
export type SopCommandOutcome = CommandOutcome<SopEvent, SopState>;

export class SopCommandResponse {
  @ApiProperty({ example: '0d2b6a34-5c1e-4f3a-9b8e-2a7f6c1d9e40' }) sopId!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match', example: 3 }) revision!: number;
  @ApiPropertyOptional({ description: 'Global log position of the last event the command appended (also the X-Jejak-Position header); send it as X-Jejak-Min-Position on the next read', example: '7421.15' }) position?: string;
  @ApiProperty({ type: [String], description: 'Events recorded by the command', example: ['SopApproved'] }) events!: string[];
}

export function respond(res: Response, outcome: SopCommandOutcome): SopCommandResponse {
  setETag(res, outcome.revision);
  return { sopId: outcome.id, revision: outcome.revision, events: outcome.events.map((e) => e.type) };
}
