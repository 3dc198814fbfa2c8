import { ApiProperty } from '@nestjs/swagger';
import { NestedObject, ObjectList } from '../../../shared/dto/letter-values.dto';
import { PersonDto } from '../../../shared/dto/letter-values.dto';

export class SubmitForParafRequest {
  @ApiProperty({ type: [PersonDto], description: "One reviewer per step of the jenis's paraf chain, bottom-up (may be empty)" })
  @ObjectList(() => PersonDto, 20)
  reviewers!: PersonDto[];

  @ApiProperty({ type: PersonDto, description: 'The authorised signer' })
  @NestedObject(() => PersonDto)
  signer!: PersonDto;
}
