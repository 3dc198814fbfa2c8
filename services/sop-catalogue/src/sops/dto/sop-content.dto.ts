import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { WAKTU_UNITS, type SopContent, type WaktuUnit } from '@jejak/contracts';

/** Request shapes of the SOP AP document (`SopContent`), validated field by field. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class WaktuDto {
  @ApiProperty({ example: '2-4 hari' }) @IsString() @MaxLength(200) raw!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber() @Min(0) min!: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber() @Min(0) max!: number | null;
  @ApiPropertyOptional({ enum: WAKTU_UNITS, nullable: true }) @IsOptional() @IsIn(WAKTU_UNITS as WaktuUnit[]) unit!: WaktuUnit | null;
  @ApiProperty() @IsBoolean() ceiling!: boolean;
}

export class MutuBakuDto {
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) @ArrayMaxSize(100) kelengkapan!: string[];
  @ApiProperty({ type: WaktuDto }) @ValidateNested() @Type(() => WaktuDto) waktu!: WaktuDto;
  @ApiProperty() @IsString() @MaxLength(2000) output!: string;
}

export class DecisionDto {
  @ApiProperty() @IsString() @MaxLength(2000) question!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(1) ya!: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(1) tidak!: number | null;
}

export class SopStepDto {
  @ApiProperty() @IsInt() @Min(1) no!: number;
  @ApiProperty() @IsString() @MaxLength(4000) kegiatan!: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) @ArrayMaxSize(20) pelaksana!: string[];
  @ApiPropertyOptional({ type: DecisionDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => DecisionDto) decision!: DecisionDto | null;
  @ApiProperty({ type: MutuBakuDto }) @ValidateNested() @Type(() => MutuBakuDto) mutuBaku!: MutuBakuDto;
  @ApiProperty() @IsString() @MaxLength(4000) keterangan!: string;
}

export class SopProcedureDto {
  @ApiProperty() @IsString() @MaxLength(500) name!: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) @ArrayMaxSize(20) roles!: string[];
  @ApiProperty({ type: [SopStepDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => SopStepDto) steps!: SopStepDto[];
}

export class PengesahDto {
  @ApiProperty() @IsString() @MaxLength(200) nama!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Matches(/^[\d ]{8,25}$/, { message: 'NIP hanya boleh berisi angka' }) nip!: string | null;
  @ApiProperty() @IsString() @MaxLength(300) jabatan!: string;
}

export class SopIdentityDto {
  @ApiProperty() @IsString() @MaxLength(300) instansi!: string;
  @ApiProperty() @IsString() @MaxLength(300) unit!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) nomor!: string | null;
  @ApiProperty() @IsString() @MaxLength(500) nama!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Matches(ISO_DATE, { message: 'tanggal harus berformat YYYY-MM-DD' }) tanggalPembuatan!: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Matches(ISO_DATE, { message: 'tanggal harus berformat YYYY-MM-DD' }) tanggalRevisi!: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Matches(ISO_DATE, { message: 'tanggal harus berformat YYYY-MM-DD' }) tanggalEfektif!: string | null;
  @ApiPropertyOptional({ type: PengesahDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => PengesahDto) disahkanOleh!: PengesahDto | null;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) dasarHukum!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) keterkaitan!: string[];
  @ApiProperty() @IsString() peringatan!: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) kualifikasiPelaksana!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) peralatanPerlengkapan!: string[];
  @ApiProperty() @IsString() pencatatanPendataan!: string;
}

export class SopContentDto implements SopContent {
  @ApiProperty({ type: SopIdentityDto }) @ValidateNested() @Type(() => SopIdentityDto) identity!: SopIdentityDto;
  @ApiProperty({ type: [SopProcedureDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => SopProcedureDto) procedures!: SopProcedureDto[];
}

/** Strips class instances back to plain data for events. */
export const plainContent = (dto: SopContentDto): SopContent => JSON.parse(JSON.stringify(dto)) as SopContent;
