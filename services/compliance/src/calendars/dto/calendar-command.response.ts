import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { setETag } from '@jejak/nest-platform';
import type { Response } from 'express';

export class CalendarCommandResponse {
  @ApiProperty() tenant!: string;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
  @ApiPropertyOptional({ description: 'Global log position of the last event the command appended (also the X-Jejak-Position header); send it as X-Jejak-Min-Position on the next read', example: '7421.15' }) position?: string;
}

export function respondCalendar(res: Response, tenant: string, revision: number): CalendarCommandResponse {
  setETag(res, revision);
  return { tenant, revision };
}
