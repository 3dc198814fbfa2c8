import { ApiProperty } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { Response } from 'express';

export class CalendarCommandResponse {
  @ApiProperty() tenant!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
}

export function respondCalendar(res: Response, tenant: string, revision: number): CalendarCommandResponse {
  setETag(res, revision);
  return { tenant, revision };
}
