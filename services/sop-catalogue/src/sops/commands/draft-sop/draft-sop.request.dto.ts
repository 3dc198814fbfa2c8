import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { SopContentDto } from '../../dto/sop-content.dto';

export class DraftSopRequest {
  @ApiProperty({ example: 'Bidang Pemberdayaan Usaha Kecil', description: 'Unit (bidang/UPT/sekretariat) that owns the SOP' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  unit!: string;

  @ApiProperty({ type: SopContentDto })
  @ValidateNested() @Type(() => SopContentDto)
  content!: SopContentDto;
}
