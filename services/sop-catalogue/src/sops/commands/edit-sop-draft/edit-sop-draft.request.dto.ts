import { ApiProperty } from '@nestjs/swagger';
import { SopContentDto } from '../../dto/sop-content.dto';
import { NestedObject } from '../../dto/strict-fields';

export class EditSopDraftRequest {
  @ApiProperty({ type: SopContentDto, description: 'The whole content of the working draft' })
  @NestedObject(() => SopContentDto)
  content!: SopContentDto;
}
