import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn } from 'class-validator';

export class TakeDecisionRequest {
  @ApiProperty({ enum: ['ya', 'tidak'], description: '"tidak" sends the case back to the step the SOP names (a rework loop)' })
  @IsDefined({ message: 'jawaban wajib diisi' }) @IsIn(['ya', 'tidak'], { message: 'jawaban harus "ya" atau "tidak"' })
  answer!: 'ya' | 'tidak';
}
