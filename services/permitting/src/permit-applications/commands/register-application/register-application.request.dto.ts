import { NestedObject } from '@jejak/nest-platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { APPLICANT_KINDS, type ApplicantKind } from '../../../domain';

export class ApplicantRequest {
  @ApiProperty({ enum: APPLICANT_KINDS, example: 'business' }) @IsIn(APPLICANT_KINDS) kind!: ApplicantKind;
  @ApiPropertyOptional({ example: '9120001234567', description: 'For a business: 13 digits' }) @IsOptional() @IsString() @MaxLength(30) nib?: string;
  @ApiPropertyOptional({ example: '3501020030012345', description: 'For a cooperative: shape from the permit type' }) @IsOptional() @IsString() @MaxLength(30) nikKoperasi?: string;
  @ApiPropertyOptional({ example: 'CV Batik Pacitan' }) @IsOptional() @IsString() @MaxLength(300) organisationName?: string;
}

/** Personal data: stored under `personal` in the event, so it can be erased later. */
export class PersonalRequest {
  @ApiProperty({ example: 'Siti Contoh' }) @IsString() @MaxLength(300) name!: string;
  @ApiPropertyOptional({ example: '3501015708900002', description: 'Required for a person; 16 digits with region and date of birth' }) @IsOptional() @IsString() @MaxLength(30) nik?: string;
  @ApiPropertyOptional({ example: 'Jl. Contoh No. 1, Pacitan' }) @IsOptional() @IsString() @MaxLength(500) address?: string;
  @ApiPropertyOptional({ example: '081200000000' }) @IsOptional() @IsString() @MaxLength(30) phone?: string;
}

export class NationalReferenceRequest {
  @ApiProperty({ example: 'OSS' }) @IsString() @MaxLength(20) system!: string;
  @ApiProperty({ example: 'OSS-2025-000123' }) @IsString() @MaxLength(200) reference!: string;
}

export class RegisterApplicationRequest {
  @ApiProperty({ example: 'IUI_REKOMTEK', description: 'Code of a permit type of the dinas' }) @Matches(/^[A-Z][A-Z0-9_]{1,39}$/) permitType!: string;
  @ApiProperty({ type: ApplicantRequest }) @NestedObject(() => ApplicantRequest) applicant!: ApplicantRequest;
  @ApiProperty({ type: PersonalRequest }) @NestedObject(() => PersonalRequest) personal!: PersonalRequest;
  @ApiPropertyOptional({ type: NationalReferenceRequest, nullable: true }) @IsOptional() @NestedObject(() => NationalReferenceRequest) nationalReference?: NationalReferenceRequest | null;
}
