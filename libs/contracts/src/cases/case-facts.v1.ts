import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { classContract } from '../class-contract';

/**
 * SOP case step facts, version 1: how every domain service (letters, permitting, training,
 * dana bergulir) reports that it ran a step of an SOP. The compliance service measures them the same
 * way for every service. A service publishes them on its own topic; the type names are shared.
 */
const STEP_KEY = /^\d+\.\d+$/;

export class CaseActorV1 {
  @IsString() userId!: string;
  /** Platform role (jabatan) the actor acted in, e.g. KEPALA_BIDANG. */
  @IsString() role!: string;
  @IsOptional() @IsString() name?: string;
}

/** Which SOP the case runs: by catalogue id when known, otherwise by number and/or name within the tenant. */
export class CaseSopRefV1 {
  @IsOptional() @IsString() sopId?: string;
  @IsOptional() @IsString() nomor?: string;
  @IsOptional() @IsString() nama?: string;
  /** Name of the sub-procedure, for SOP documents that hold several. */
  @IsOptional() @IsString() procedure?: string;
}

class CaseFactBase {
  @IsString() caseId!: string;
  @IsISO8601() at!: string;
  @ValidateNested() @Type(() => CaseActorV1) actor!: CaseActorV1;
}

/** `jejak.case.opened.v1`: a case of an SOP was opened, e.g. by a registered research-request letter. */
export class CaseOpenedV1 extends CaseFactBase {
  @ValidateNested() @Type(() => CaseSopRefV1) sop!: CaseSopRefV1;
  /** The business reference users know the case by (agenda number, permit application number...). */
  @IsString() @MaxLength(300) reference!: string;
  /** Where the case lives in the publishing service, e.g. `surat-masuk/<id>`. */
  @IsString() @MaxLength(300) origin!: string;
}

/** `jejak.case.step-started.v1` */
export class CaseStepStartedV1 extends CaseFactBase {
  @Matches(STEP_KEY, { message: 'stepKey harus berbentuk <prosedur>.<langkah>, contoh 1.4' }) stepKey!: string;
}

/** `jejak.case.step-completed.v1`: with the kelengkapan checked and the output produced. */
export class CaseStepCompletedV1 extends CaseFactBase {
  @Matches(STEP_KEY, { message: 'stepKey harus berbentuk <prosedur>.<langkah>, contoh 1.4' }) stepKey!: string;
  @IsArray() @IsString({ each: true }) @ArrayMaxSize(100) kelengkapan!: string[];
  @IsString() @MaxLength(2000) output!: string;
  @IsOptional() @IsString() @MaxLength(500) documentRef?: string;
}

/** `jejak.case.decision-taken.v1`: a decision step took its "ya" or "tidak" branch. */
export class CaseDecisionTakenV1 extends CaseFactBase {
  @Matches(STEP_KEY, { message: 'stepKey harus berbentuk <prosedur>.<langkah>, contoh 1.4' }) stepKey!: string;
  @IsIn(['ya', 'tidak']) decision!: 'ya' | 'tidak';
}

/** `jejak.case.cancelled.v1` */
export class CaseCancelledV1 extends CaseFactBase {
  @IsString() @MaxLength(2000) reason!: string;
}

/** Case-fact contracts for a given service topic (the type names are shared across services). */
export function caseFactContracts(topic: string) {
  return {
    opened: classContract('jejak.case.opened.v1', 1, topic, CaseOpenedV1),
    stepStarted: classContract('jejak.case.step-started.v1', 1, topic, CaseStepStartedV1),
    stepCompleted: classContract('jejak.case.step-completed.v1', 1, topic, CaseStepCompletedV1),
    decisionTaken: classContract('jejak.case.decision-taken.v1', 1, topic, CaseDecisionTakenV1),
    cancelled: classContract('jejak.case.cancelled.v1', 1, topic, CaseCancelledV1),
  };
}

export const CASE_FACT_TYPES = [
  'jejak.case.opened.v1',
  'jejak.case.step-started.v1',
  'jejak.case.step-completed.v1',
  'jejak.case.decision-taken.v1',
  'jejak.case.cancelled.v1',
] as const;
