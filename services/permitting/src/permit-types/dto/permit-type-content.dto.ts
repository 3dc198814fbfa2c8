import { NestedObject, NestedObjectList } from '@jejak/nest-platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { APPLICANT_KINDS, DOCUMENT_SUPPLIERS, PERMIT_OUTPUTS, VALIDITY_KINDS, VERIFICATIONS } from '../../domain';

/** Request shapes of a permit type's content; the decider checks the rules and names the fields. */
class SourcedRequest {
  @ApiProperty({ enum: VERIFICATIONS, example: 'UNVERIFIED' }) @IsIn(VERIFICATIONS) verification!: string;
  @ApiProperty({ example: 'Persyaratan Kab. Trenggalek', maxLength: 500 }) @IsString() @MaxLength(500) source!: string;
}

export class SopReferenceRequest extends SourcedRequest {
  @ApiProperty({ nullable: true, example: '14/SOP/DIKUPERIND/2023' }) @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(100) nomor!: string | null;
  @ApiProperty({ example: 'Rekomendasi Teknis Pengaktifan IUI' }) @IsString() @MaxLength(500) nama!: string;
}

export class RequiredDocumentRequest extends SourcedRequest {
  @ApiProperty({ example: 'data-perusahaan' }) @IsString() @MaxLength(60) code!: string;
  @ApiProperty({ example: 'Data perusahaan' }) @IsString() @MaxLength(500) name!: string;
  @ApiProperty({ enum: DOCUMENT_SUPPLIERS, example: 'pemohon' }) @IsIn(DOCUMENT_SUPPLIERS) suppliedBy!: string;
}

export class PermitCheckRequest extends SourcedRequest {
  @ApiProperty({ example: 'data-perusahaan-sesuai' }) @IsString() @MaxLength(60) code!: string;
  @ApiProperty({ example: 'Data perusahaan sesuai kondisi lapangan?' }) @IsString() @MaxLength(500) question!: string;
}

export class OutsideStepRequest extends SourcedRequest {
  @ApiProperty({ example: 'oss-rekomtek-diterima' }) @IsString() @MaxLength(60) code!: string;
  @ApiProperty({ example: 'Rekomendasi teknis dikirim ke OSS, IUI efektif' }) @IsString() @MaxLength(500) name!: string;
  @ApiProperty({ example: 'OSS' }) @IsString() @MaxLength(20) system!: string;
}

export class ValidityRuleRequest extends SourcedRequest {
  @ApiProperty({ enum: VALIDITY_KINDS, example: 'months' }) @IsIn(VALIDITY_KINDS) kind!: string;
  @ApiPropertyOptional({ example: 24, description: 'Only for kind "months"' }) @IsOptional() @IsInt() months?: number;
}

export class StandardTimeRequest extends SourcedRequest {
  @ApiProperty({ nullable: true, example: 5, description: 'Working days; null when the SOP gives none' }) @ValidateIf((_o, v) => v !== null) @IsInt() value!: number | null;
}

export class NikKoperasiShapeRequest extends SourcedRequest {
  @ApiProperty({ example: 16 }) @IsInt() digits!: number;
  @ApiPropertyOptional({ example: '35' }) @IsOptional() @Matches(/^\d{1,10}$/) prefix?: string;
}

export class IdentifierShapesRequest {
  @ApiPropertyOptional({ type: NikKoperasiShapeRequest }) @IsOptional() @NestedObject(() => NikKoperasiShapeRequest) nikKoperasi?: NikKoperasiShapeRequest;
}

export class PermitTypeContentRequest {
  @ApiProperty({ example: 'Rekomendasi teknis pengaktifan IUI' }) @IsString() @MaxLength(500) name!: string;
  @ApiProperty({ type: SopReferenceRequest }) @NestedObject(() => SopReferenceRequest) sop!: SopReferenceRequest;
  @ApiProperty({ enum: APPLICANT_KINDS, isArray: true, example: ['business'] }) @IsArray() @ArrayMaxSize(3) @IsIn(APPLICANT_KINDS, { each: true }) applicantKinds!: string[];
  @ApiProperty({ type: [String], example: ['NIB'] }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) prerequisites!: string[];
  @ApiProperty({ type: [RequiredDocumentRequest] }) @NestedObjectList(() => RequiredDocumentRequest, 100) documents!: RequiredDocumentRequest[];
  @ApiProperty({ type: [PermitCheckRequest] }) @NestedObjectList(() => PermitCheckRequest, 100) checks!: PermitCheckRequest[];
  @ApiProperty({ type: [OutsideStepRequest] }) @NestedObjectList(() => OutsideStepRequest, 50) outsideSteps!: OutsideStepRequest[];
  @ApiProperty({ enum: PERMIT_OUTPUTS, isArray: true, example: ['bap', 'rekomendasi'] }) @IsArray() @ArrayMaxSize(5) @IsIn(PERMIT_OUTPUTS, { each: true }) outputs!: string[];
  @ApiProperty({ type: ValidityRuleRequest }) @NestedObject(() => ValidityRuleRequest) validity!: ValidityRuleRequest;
  @ApiProperty({ type: StandardTimeRequest }) @NestedObject(() => StandardTimeRequest) standardWorkingDays!: StandardTimeRequest;
  @ApiProperty({ type: IdentifierShapesRequest }) @NestedObject(() => IdentifierShapesRequest) identifierShapes!: IdentifierShapesRequest;
}
