import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CancelCaseRequest {
  @ApiProperty({ example: 'Kegiatan ditunda ke tahun anggaran berikutnya' })
  @IsString() @IsNotEmpty({ message: 'alasan pembatalan wajib diisi' }) @MaxLength(2000)
  reason!: string;
}
