import { ApiProperty } from '@nestjs/swagger';
import { TEXT_LIMITS } from '@jejak/nest-platform';
import { RequiredText } from '../../../shared/request-validation';

export class CancelCaseRequest {
  @ApiProperty({ example: 'Kegiatan ditunda ke tahun anggaran berikutnya', maxLength: TEXT_LIMITS.text })
  @RequiredText(TEXT_LIMITS.text)
  reason!: string;
}
