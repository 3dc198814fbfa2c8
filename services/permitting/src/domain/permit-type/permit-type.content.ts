import type { NikKoperasiShape } from '../identifiers';

/** How sure a value is: UNVERIFIED and CONFLICTING values come from secondary sources and stay data a dinas can change. */
export type Verification = 'VERIFIED' | 'UNVERIFIED' | 'CONFLICTING';
export const VERIFICATIONS: readonly Verification[] = ['VERIFIED', 'UNVERIFIED', 'CONFLICTING'];

export interface Sourced {
  verification: Verification;
  /** Where the value comes from, e.g. "SOP 14/SOP/DIKUPERIND/2023 langkah 4" or "Persyaratan Kab. Trenggalek". */
  source: string;
}

export type ApplicantKind = 'business' | 'cooperative' | 'person';
export const APPLICANT_KINDS: readonly ApplicantKind[] = ['business', 'cooperative', 'person'];

/** Who supplies a document: the applicant, the dinas itself, or a national system (OSS, SIINas, ODS). */
export type DocumentSupplier = 'pemohon' | 'dinas' | 'sistem-nasional';
export const DOCUMENT_SUPPLIERS: readonly DocumentSupplier[] = ['pemohon', 'dinas', 'sistem-nasional'];

export type PermitOutput = 'rekomendasi' | 'bap' | 'surat' | 'sertifikat' | 'izin';
export const PERMIT_OUTPUTS: readonly PermitOutput[] = ['rekomendasi', 'bap', 'surat', 'sertifikat', 'izin'];

export interface RequiredDocument extends Sourced {
  code: string;
  name: string;
  suppliedBy: DocumentSupplier;
}

/** A ya/tidak check of the field inspection or of the verification. */
export interface PermitCheck extends Sourced {
  code: string;
  question: string;
}

/** A step done outside the dinas (its time is outside time), recorded on behalf with the system's reference. */
export interface OutsideStep extends Sourced {
  code: string;
  name: string;
  /** The outside system or office: OSS, SIINAS, ODS, KEMENKOP, DJKI, ... */
  system: string;
}

export type ValidityRule = Sourced & (
  | { kind: 'none' }
  /** The national system states the validity on issue. */
  | { kind: 'national-system' }
  | { kind: 'months'; months: number }
  /** Valid in the calendar year it is signed. */
  | { kind: 'signing-year' }
);
export const VALIDITY_KINDS = ['none', 'national-system', 'months', 'signing-year'] as const;

/** One version of a permit type: the dinas's data, never code. */
export interface PermitTypeContent {
  name: string;
  sop: Sourced & { nomor: string | null; nama: string };
  applicantKinds: ApplicantKind[];
  /** Codes of permit types the applicant must hold first (PIRT needs an NIB). */
  prerequisites: string[];
  documents: RequiredDocument[];
  checks: PermitCheck[];
  outsideSteps: OutsideStep[];
  outputs: PermitOutput[];
  validity: ValidityRule;
  /** The SOP's standard time in working days, null when the SOP gives none. */
  standardWorkingDays: Sourced & { value: number | null };
  identifierShapes: { nikKoperasi?: NikKoperasiShape & Sourced };
}
