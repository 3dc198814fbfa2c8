import { ApiProperty } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { CaseCommandResult } from './case-command.executor';

export class CaseCommandResponse {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
  @ApiProperty({ type: [String], description: 'Events recorded by the command' }) events!: string[];
}

export function respondCase(res: Response, result: CaseCommandResult): CaseCommandResponse {
  setETag(res, result.revision);
  return { caseId: result.caseId, revision: result.revision, events: result.events.map((e) => e.type) };
}
