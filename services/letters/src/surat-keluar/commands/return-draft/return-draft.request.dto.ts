import { ApiProperty } from '@nestjs/swagger';
import { RequiredText, TEXT_LIMITS } from '../../../shared/dto/letter-values.dto';

export class ReturnDraftRequest {
  @ApiProperty({ example: 'Dasar hukum rekomendasi belum dicantumkan' })
  @RequiredText(TEXT_LIMITS.text)
  catatan!: string;
}
