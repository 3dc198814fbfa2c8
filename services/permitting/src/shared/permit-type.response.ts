import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { PermitTypeEvent, PermitTypeState } from '../domain';

/** What every permit-type command answers; the ETag header carries the same revision. */
export class PermitTypeCommandResponse {
  @ApiProperty({ example: 'IUI_REKOMTEK' }) code!: string;
  @ApiProperty({ example: 1, description: 'Version of the permit type after the command' }) version!: number;
  @ApiProperty({ example: 0, description: 'Stream revision; send it back as If-Match' }) revision!: number;
  @ApiPropertyOptional({ description: 'Global log position of the last event the command appended (also the X-Jejak-Position header); send it as X-Jejak-Min-Position on the next read', example: '7421.15' }) position?: string;
  @ApiProperty({ type: [String], example: ['PermitTypeDefined'] }) events!: string[];
}

export function respondPermitType(res: Response, outcome: CommandOutcome<PermitTypeEvent, PermitTypeState>): PermitTypeCommandResponse {
  setETag(res, outcome.revision);
  const state = outcome.state;
  if (state.stage !== 'defined') throw new Error('a permit-type command leaves a defined permit type');
  return { code: state.code, version: state.versions.length, revision: outcome.revision, events: outcome.events.map((e) => e.type) };
}
