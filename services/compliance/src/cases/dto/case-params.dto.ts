import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';

export class CaseParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id kasus harus berupa UUID' })
  id!: string;
}

export class CaseStepParams extends CaseParams {
  @ApiProperty({ example: '1.4', description: '<prosedur>.<langkah>' })
  @Matches(/^\d{1,4}\.\d{1,4}$/, { message: 'stepKey harus berbentuk <prosedur>.<langkah>, contoh 1.4' })
  stepKey!: string;
}
