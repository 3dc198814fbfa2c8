import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { classContract } from '../class-contract';
import { TOPICS } from '../topics';
import type { SopContent } from './sop-content.v1';

const TENANT = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export class SopRef {
  @IsString() sopId!: string;
  @IsInt() @Min(1) version!: number;
  @Matches(TENANT) tenant!: string;
  @IsString() unit!: string;
  @IsOptional() @IsString() nomor!: string | null;
  @IsString() nama!: string;
}

export class ApproverV1 {
  @IsString() userId!: string;
  @IsString() nama!: string;
  @IsOptional() @IsString() nip!: string | null;
  @IsString() jabatan!: string;
}

/** `jejak.sop.drafted.v1`: a draft version exists (new SOP, import, or revision of an effective one). */
export class SopDraftedV1 extends SopRef {
  @IsIn(['new', 'import', 'revision']) origin!: 'new' | 'import' | 'revision';
}
export const SopDrafted = classContract('jejak.sop.drafted.v1', 1, TOPICS.sopCatalogue, SopDraftedV1);

/** `jejak.sop.approved.v1`: a version was approved (by whom). */
export class SopApprovedV1 extends SopRef {
  @ValidateNested() @Type(() => ApproverV1) approvedBy!: ApproverV1;
  @IsISO8601() approvedAt!: string;
}
export const SopApproved = classContract('jejak.sop.approved.v1', 1, TOPICS.sopCatalogue, SopApprovedV1);

/**
 * `jejak.sop.version-effective.v1`: a version is effective from a date and carries its full content,
 * so that services can run cases pinned to it without calling the catalogue.
 */
export class SopVersionEffectiveV1 extends SopRef {
  @IsISO8601({ strict: true }) effectiveFrom!: string;
  @IsOptional() @IsInt() supersedesVersion!: number | null;
  @IsObject() content!: SopContent;
}
export const SopVersionEffective = classContract('jejak.sop.version-effective.v1', 1, TOPICS.sopCatalogue, SopVersionEffectiveV1);

/** `jejak.sop.retired.v1`: the SOP stops being effective from a date. */
export class SopRetiredV1 extends SopRef {
  @IsISO8601({ strict: true }) retiredFrom!: string;
}
export const SopRetired = classContract('jejak.sop.retired.v1', 1, TOPICS.sopCatalogue, SopRetiredV1);

export const SOP_CONTRACTS = [SopDrafted, SopApproved, SopVersionEffective, SopRetired];
