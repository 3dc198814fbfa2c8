import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { PersonDto } from '../../../shared/dto/letter-values.dto';

export class SubmitForParafRequest {
  @ApiProperty({ type: [PersonDto], description: "One reviewer per step of the jenis's paraf chain, bottom-up (may be empty)" })
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PersonDto)
  reviewers!: PersonDto[];

  @ApiProperty({ type: PersonDto, description: 'The authorised signer' })
  @ValidateNested() @Type(() => PersonDto)
  signer!: PersonDto;
}
