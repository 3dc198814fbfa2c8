import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsNumber, IsObject, IsString, Matches, Max, MaxLength, Min, ValidateNested, type ValidationArguments,
} from 'class-validator';
import { WAKTU_UNITS, type SopContent, type WaktuUnit } from '@jejak/contracts';
import { IsCalendarDate, IsSafeInt, TEXT_LIMITS } from '@jejak/nest-platform';
import { IsNotBlank, NestedObject, NullableButDefined, Text } from './strict-fields';

/**
 * Request shapes of the SOP AP document (`SopContent`), validated field by field: every field the
 * events carry is present and of its type (nullable ones may be `null`, never missing), objects are
 * objects (not arrays), every string and list has a maximum, numbers are finite and bounded, and the
 * identity dates are real calendar dates written YYYY-MM-DD (the form they are stored and printed from).
 */

/** Largest waktu value accepted (in its unit): far beyond any mutu baku, far below overflow. */
const MAX_WAKTU = 100_000;
/** Largest step number in one procedure. */
const MAX_STEP_NO = 10_000;

const TextList = (maxItems: number, maxLength: number): PropertyDecorator => (target, key) => {
  IsDefined()(target, key);
  IsArray()(target, key);
  ArrayMaxSize(maxItems)(target, key);
  IsString({ each: true })(target, key);
  MaxLength(maxLength, { each: true })(target, key);
};

export class WaktuDto {
  @ApiProperty({ example: '2-4 hari', maxLength: TEXT_LIMITS.name }) @Text(TEXT_LIMITS.name) raw!: string;
  @ApiProperty({ nullable: true, type: Number }) @NullableButDefined() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(MAX_WAKTU) min!: number | null;
  @ApiProperty({ nullable: true, type: Number }) @NullableButDefined() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(MAX_WAKTU) max!: number | null;
  @ApiProperty({ enum: WAKTU_UNITS, nullable: true }) @NullableButDefined() @IsIn(WAKTU_UNITS as WaktuUnit[]) unit!: WaktuUnit | null;
  @ApiProperty() @IsDefined() @IsBoolean() ceiling!: boolean;
}

export class MutuBakuDto {
  @ApiProperty({ type: [String] }) @TextList(100, TEXT_LIMITS.text) kelengkapan!: string[];
  @ApiProperty({ type: WaktuDto }) @NestedObject(() => WaktuDto) waktu!: WaktuDto;
  @ApiProperty({ maxLength: TEXT_LIMITS.text }) @Text(TEXT_LIMITS.text) output!: string;
}

export class DecisionDto {
  @ApiProperty({ maxLength: TEXT_LIMITS.text }) @Text(TEXT_LIMITS.text) question!: string;
  @ApiProperty({ nullable: true, type: Number }) @NullableButDefined() @IsSafeInt() @Min(1) @Max(MAX_STEP_NO) ya!: number | null;
  @ApiProperty({ nullable: true, type: Number }) @NullableButDefined() @IsSafeInt() @Min(1) @Max(MAX_STEP_NO) tidak!: number | null;
}

export class SopStepDto {
  @ApiProperty({ minimum: 1, maximum: MAX_STEP_NO }) @IsDefined() @IsSafeInt() @Min(1) @Max(MAX_STEP_NO) no!: number;
  @ApiProperty({ maxLength: TEXT_LIMITS.longText }) @Text(TEXT_LIMITS.longText) kegiatan!: string;
  @ApiProperty({ type: [String] }) @TextList(20, TEXT_LIMITS.name) pelaksana!: string[];
  @ApiProperty({ type: DecisionDto, nullable: true })
  @NullableButDefined() @NestedObject(() => DecisionDto) decision!: DecisionDto | null;
  @ApiProperty({ type: MutuBakuDto }) @NestedObject(() => MutuBakuDto) mutuBaku!: MutuBakuDto;
  @ApiProperty({ maxLength: TEXT_LIMITS.longText }) @Text(TEXT_LIMITS.longText) keterangan!: string;
}

export class SopProcedureDto {
  @ApiProperty({ maxLength: TEXT_LIMITS.text }) @Text(TEXT_LIMITS.text) name!: string;
  @ApiProperty({ type: [String] }) @TextList(20, TEXT_LIMITS.name) roles!: string[];
  @ApiProperty({ type: [SopStepDto] })
  @IsDefined() @IsArray() @ArrayMaxSize(500) @IsObject({ each: true, message: 'setiap langkah pada $property harus berupa objek' }) @ValidateNested({ each: true }) @Type(() => SopStepDto) steps!: SopStepDto[];
}

export class PengesahDto {
  @ApiProperty({ maxLength: TEXT_LIMITS.name }) @Text(TEXT_LIMITS.name) @IsNotBlank() nama!: string;
  @ApiProperty({ nullable: true, type: String })
  @NullableButDefined() @IsString() @Matches(/^[\d ]{8,25}$/, { message: 'NIP hanya boleh berisi angka' }) nip!: string | null;
  @ApiProperty({ maxLength: TEXT_LIMITS.name }) @Text(TEXT_LIMITS.name) jabatan!: string;
}

const IdentityDate = (): PropertyDecorator => (target, key) => {
  NullableButDefined()(target, key);
  IsCalendarDate({ message: (args: ValidationArguments) => `${args.property} harus berupa tanggal yang ada, ditulis YYYY-MM-DD (misalnya 2024-02-29)` })(target, key);
};

export class SopIdentityDto {
  @ApiProperty({ maxLength: TEXT_LIMITS.name }) @Text(TEXT_LIMITS.name) instansi!: string;
  @ApiProperty({ maxLength: TEXT_LIMITS.name }) @Text(TEXT_LIMITS.name) unit!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: TEXT_LIMITS.name }) @NullableButDefined() @IsString() @MaxLength(TEXT_LIMITS.name) nomor!: string | null;
  @ApiProperty({ maxLength: TEXT_LIMITS.text }) @Text(TEXT_LIMITS.text) @IsNotBlank() nama!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) @IdentityDate() tanggalPembuatan!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) @IdentityDate() tanggalRevisi!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) @IdentityDate() tanggalEfektif!: string | null;
  @ApiProperty({ type: PengesahDto, nullable: true }) @NullableButDefined() @NestedObject(() => PengesahDto) disahkanOleh!: PengesahDto | null;
  @ApiProperty({ type: [String] }) @TextList(100, TEXT_LIMITS.text) dasarHukum!: string[];
  @ApiProperty({ type: [String] }) @TextList(100, TEXT_LIMITS.name) keterkaitan!: string[];
  @ApiProperty({ maxLength: TEXT_LIMITS.longText }) @Text(TEXT_LIMITS.longText) peringatan!: string;
  @ApiProperty({ type: [String] }) @TextList(100, TEXT_LIMITS.text) kualifikasiPelaksana!: string[];
  @ApiProperty({ type: [String] }) @TextList(100, TEXT_LIMITS.text) peralatanPerlengkapan!: string[];
  @ApiProperty({ maxLength: TEXT_LIMITS.longText }) @Text(TEXT_LIMITS.longText) pencatatanPendataan!: string;
}

export class SopContentDto implements SopContent {
  @ApiProperty({ type: SopIdentityDto }) @NestedObject(() => SopIdentityDto) identity!: SopIdentityDto;
  @ApiProperty({ type: [SopProcedureDto] })
  @IsDefined() @IsArray() @ArrayMaxSize(20) @IsObject({ each: true, message: 'setiap prosedur pada $property harus berupa objek' }) @ValidateNested({ each: true }) @Type(() => SopProcedureDto) procedures!: SopProcedureDto[];
}

/** Strips class instances back to plain data for events. */
export const plainContent = (dto: SopContentDto): SopContent => JSON.parse(JSON.stringify(dto)) as SopContent;
