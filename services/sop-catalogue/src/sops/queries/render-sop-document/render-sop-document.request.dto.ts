import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class RenderSopDocumentRequest {
  @ApiPropertyOptional({ enum: ['html', 'pdf'], default: 'html' })
  @IsOptional() @IsIn(['html', 'pdf'])
  format?: 'html' | 'pdf';
}
