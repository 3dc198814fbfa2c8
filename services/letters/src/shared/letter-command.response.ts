import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { SuratKeluarEvent, SuratMasukEvent } from '../domain';
import type { LetterCommandResult } from './letter-command';

export class LetterCommandResponse {
  @ApiProperty() letterId!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
  @ApiPropertyOptional({ description: 'Global log position of the last event the command appended (also the X-Jejak-Position header); send it as X-Jejak-Min-Position on the next read', example: '7421.15' }) position?: string;
  @ApiProperty({ type: [String], description: 'Letter facts recorded by the command' }) events!: string[];
  @ApiPropertyOptional({ type: [String], description: 'Dispositions the command sent, in the order of the recipients' }) disposisiIds?: string[];
  @ApiPropertyOptional({ description: 'The agenda number or letter number the command issued, as written on paper' }) nomor?: string;
}

export function respond(res: Response, result: LetterCommandResult<{ type: string }>): LetterCommandResponse {
  setETag(res, result.revision);
  const events = result.events as (SuratMasukEvent | SuratKeluarEvent)[];
  const response: LetterCommandResponse = { letterId: result.letterId, revision: result.revision, events: events.map((e) => e.type) };
  const disposisiIds = events.flatMap((e) => (e.type === 'DisposisiSent' ? [e.data.disposisiId] : []));
  if (disposisiIds.length > 0) response.disposisiIds = disposisiIds;
  for (const e of events) {
    if (e.type === 'SuratMasukRegistered') response.nomor = e.data.nomorAgenda.formatted;
    if (e.type === 'LetterSigned') response.nomor = e.data.nomor.formatted;
  }
  return response;
}
