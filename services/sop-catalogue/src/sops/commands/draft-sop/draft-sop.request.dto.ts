import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { TEXT_LIMITS } from '@jejak/nest-platform';
import { SopContentDto } from '../../dto/sop-content.dto';
import { IsNotBlank, NestedObject } from '../../dto/strict-fields';

export class DraftSopRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Id of the new SOP, chosen by the client so the request can be retried safely: the same request again returns the first result ' +
      '(same id, same revision). Alternatively send an `Idempotency-Key` header; without either the server makes the id.',
  })
  @ValidateIf((_o, v: unknown) => v !== undefined) @IsUUID(undefined, { message: 'sopId harus berupa UUID' })
  sopId?: string;

  @ApiProperty({ example: 'Bidang Pemberdayaan Usaha Kecil', description: 'Unit (bidang/UPT/sekretariat) that owns the SOP', maxLength: TEXT_LIMITS.name })
  @IsString() @IsNotBlank() @MaxLength(TEXT_LIMITS.name)
  unit!: string;

  @ApiProperty({ type: SopContentDto })
  @NestedObject(() => SopContentDto)
  content!: SopContentDto;
}
