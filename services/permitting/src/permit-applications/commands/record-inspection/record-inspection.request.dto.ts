import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, ValidateNested } from 'class-validator';

export class InspectionAnswerRequest {
  @ApiProperty({ example: 'data-perusahaan-sesuai' }) @IsString() @MaxLength(60) check!: string;
  @ApiProperty({ enum: ['ya', 'tidak'], example: 'ya' }) @IsIn(['ya', 'tidak']) answer!: 'ya' | 'tidak';
}

export class RecordInspectionRequest {
  @ApiProperty({ type: [InspectionAnswerRequest] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => InspectionAnswerRequest) answers!: InspectionAnswerRequest[];
  @ApiProperty({ example: 'Lokasi dan kapasitas produksi sesuai data SIINas' }) @IsString() @MaxLength(5000) report!: string;
}
