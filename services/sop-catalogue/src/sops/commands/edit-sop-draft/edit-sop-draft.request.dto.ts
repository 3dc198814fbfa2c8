import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { SopContentDto } from '../../dto/sop-content.dto';

export class EditSopDraftRequest {
  @ApiProperty({ type: SopContentDto, description: 'The whole content of the working draft' })
  @ValidateNested() @Type(() => SopContentDto)
  content!: SopContentDto;
}
