import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { KegiatanEvent, KegiatanState } from '../domain';

/** What every command answers; the ETag header carries the same revision. */
export class KegiatanCommandResponse {
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b' }) id!: string;
  @ApiProperty({ example: 0, description: 'Stream revision; send it back as If-Match' }) revision!: number;
  @ApiPropertyOptional({ description: 'Global log position of the last event the command appended (also the X-Jejak-Position header); send it as X-Jejak-Min-Position on the next read', example: '7421.15' }) position?: string;
  @ApiProperty({ type: [String], example: ['KegiatanCreated'], description: 'Events recorded by the command' }) events!: string[];
}

export function respond(res: Response, outcome: CommandOutcome<KegiatanEvent, KegiatanState>): KegiatanCommandResponse {
  setETag(res, outcome.revision);
  return { id: outcome.id, revision: outcome.revision, events: outcome.events.map((e) => e.type) };
}
