import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ObjectList, Optional, RequiredText } from '../../../shared/dto/letter-values.dto';
import { DocumentRefDto } from '../../../shared/dto/letter-values.dto';

export class ReportFollowUpRequest {
  @ApiProperty({ example: 'Konsep surat rekomendasi sudah disiapkan' })
  @RequiredText(4000)
  laporan!: string;

  @ApiPropertyOptional({ type: [DocumentRefDto] })
  @Optional() @ObjectList(() => DocumentRefDto, 50)
  lampiran?: DocumentRefDto[];
}
