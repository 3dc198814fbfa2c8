import { NestedObjectList } from '@jejak/nest-platform';
import { ApiProperty } from '@nestjs/swagger';

import { IsIn, IsString, MaxLength } from 'class-validator';

export class InspectionAnswerRequest {
  @ApiProperty({ example: 'data-perusahaan-sesuai' }) @IsString() @MaxLength(60) check!: string;
  @ApiProperty({ enum: ['ya', 'tidak'], example: 'ya' }) @IsIn(['ya', 'tidak']) answer!: 'ya' | 'tidak';
}

export class RecordInspectionRequest {
  @ApiProperty({ type: [InspectionAnswerRequest] }) @NestedObjectList(() => InspectionAnswerRequest, 100) answers!: InspectionAnswerRequest[];
  @ApiProperty({ example: 'Lokasi dan kapasitas produksi sesuai data SIINas' }) @IsString() @MaxLength(5000) report!: string;
}
