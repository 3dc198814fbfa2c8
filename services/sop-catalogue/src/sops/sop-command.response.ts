import { ApiProperty } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { SopCommandResult } from './sop-command.executor';

export class SopCommandResponse {
  @ApiProperty() sopId!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
  @ApiProperty({ type: [String], description: 'Events recorded by the command' }) events!: string[];
}

export function respond(res: Response, result: SopCommandResult): SopCommandResponse {
  setETag(res, result.revision);
  return { sopId: result.sopId, revision: result.revision, events: result.events.map((e) => e.type) };
}
