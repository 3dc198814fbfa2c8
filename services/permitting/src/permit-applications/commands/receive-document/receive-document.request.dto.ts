import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ReceiveDocumentRequest {
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'SHA-256 of the uploaded file (uploads are stored by content hash)' })
  @Matches(/^[a-f0-9]{64}$/) contentHash!: string;
}
