import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { classContract } from '../class-contract';
import { TOPICS } from '../topics';
import { CaseActorV1 } from '../cases/case-facts.v1';

/**
 * Letters on behalf of another service, version 1. A domain service (dana bergulir, permitting,
 * training) never writes a letter itself: it publishes `jejak.letter.requested.v1` on its own topic
 * (through its outbox), the letters service turns it into a surat keluar draft (or registers a surat
 * masuk) that runs the letters' own paraf chain, signature and numbering, and publishes what happened
 * to it on `jejak.letters.v1`, each time with the requester's `origin` and `requestId`, so the
 * requester can consume only its own answers (idempotently, by `requestId`).
 */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/;

/** Where the request comes from: the requesting service and the thing in it the letter is about. */
export class LetterOriginV1 {
  /** Requesting service name from services.json, e.g. `dana-bergulir`. */
  @Matches(/^[a-z][a-z0-9-]{1,49}$/) service!: string;
  /** The aggregate in that service, e.g. `loan/3f2c…`, `permit-application/…`, `kegiatan/…`. */
  @IsString() @MaxLength(300) reference!: string;
  /** What the letter is for, a stable code of the requester, e.g. `surat-tagihan-1`, `sk-panitia`, `bap`. */
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/) purpose!: string;
}

export class LetterRecipientV1 {
  @IsString() @MaxLength(300) nama!: string;
  @IsOptional() @IsString() @MaxLength(500) alamat?: string;
}

/** `jejak.letter.requested.v1`: please draft (surat keluar / nota dinas) or register (surat masuk) a letter. */
export class LetterRequestedV1 {
  /** Idempotency key, unique within the requesting service; the answers carry it back. */
  @Matches(REQUEST_ID) requestId!: string;
  @ValidateNested() @Type(() => LetterOriginV1) origin!: LetterOriginV1;
  /**
   * `surat-keluar` and `nota-dinas`: a draft that runs the paraf chain up to the signer;
   * `surat-masuk`: an incoming letter (e.g. an application) registered for the Kepala Dinas's disposisi.
   */
  @IsIn(['surat-keluar', 'nota-dinas', 'surat-masuk']) kind!: 'surat-keluar' | 'nota-dinas' | 'surat-masuk';
  /** Letter type of the dinas, e.g. `surat-tagihan`, `sk`, `undangan`, `berita-acara`, `surat-pemberitahuan`. */
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/) jenis!: string;
  @IsString() @MaxLength(500) perihal!: string;
  /** The body as the requester drafted it (plain text, Bahasa Indonesia); the drafter may revise it in letters. */
  @IsString() @MaxLength(20000) isi!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => LetterRecipientV1)
  tujuan!: LetterRecipientV1[];
  /** Platform role (jabatan) that signs (surat keluar) or disposes (surat masuk), e.g. KEPALA_DINAS. */
  @IsOptional() @IsString() @MaxLength(100) signerRole?: string;
  /** References of documents attached in the requesting service (content hashes, upload ids). */
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(500, { each: true }) attachments?: string[];
  /** The SOP case the letter belongs to, when there is one (its case facts are the requester's). */
  @IsOptional() @IsString() @MaxLength(300) caseId?: string;
  @ValidateNested() @Type(() => CaseActorV1) requestedBy!: CaseActorV1;
  @IsISO8601() at!: string;
}

class LetterAnswerBase {
  @Matches(REQUEST_ID) requestId!: string;
  @ValidateNested() @Type(() => LetterOriginV1) origin!: LetterOriginV1;
  @IsISO8601() at!: string;
}

/** `jejak.letter.request-accepted.v1`: the letter exists in the letters service (a draft, or a registered surat masuk). */
export class LetterRequestAcceptedV1 extends LetterAnswerBase {
  @IsString() letterId!: string;
  @IsIn(['surat-keluar', 'nota-dinas', 'surat-masuk']) kind!: 'surat-keluar' | 'nota-dinas' | 'surat-masuk';
  /** Agenda number for a registered surat masuk; absent for a draft (a draft has no number yet). */
  @IsOptional() @IsString() nomorAgenda?: string;
}

/** `jejak.letter.request-rejected.v1`: the letters service could not take the request (with a stable code). */
export class LetterRequestRejectedV1 extends LetterAnswerBase {
  @Matches(/^[A-Z][A-Z0-9_]{2,79}$/) code!: string;
  @IsString() @MaxLength(2000) reason!: string;
}

/** `jejak.letter.signed.v1`: the requested letter was signed and numbered. */
export class LetterSignedV1 extends LetterAnswerBase {
  @IsString() letterId!: string;
  /** The letter's number (nomor surat) as the dinas's numbering book gave it. */
  @IsString() @MaxLength(200) nomor!: string;
  /** Date of the letter (tanggal surat), YYYY-MM-DD. */
  @IsISO8601({ strict: true }) tanggal!: string;
  @ValidateNested() @Type(() => CaseActorV1) signedBy!: CaseActorV1;
  /** Jabatan of the signer as the token had it, e.g. "Kepala Dinas Koperasi dan UKM". */
  @IsOptional() @IsString() @MaxLength(300) signerJabatan?: string;
}

/** `jejak.letter.dispatched.v1`: the signed letter was sent. */
export class LetterDispatchedV1 extends LetterAnswerBase {
  @IsString() letterId!: string;
  @IsOptional() @IsString() @MaxLength(300) via?: string;
}

/** `jejak.letter.disposisi-given.v1`: the Kepala Dinas (or the signer role) gave a disposisi on a requested surat masuk. */
export class LetterDisposisiGivenV1 extends LetterAnswerBase {
  @IsString() letterId!: string;
  @ValidateNested() @Type(() => CaseActorV1) by!: CaseActorV1;
  /** Platform roles the disposisi goes to. */
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) toRoles!: string[];
  @IsString() @MaxLength(2000) instruction!: string;
}

/** The request contract on a requesting service's topic (the type name is shared across services). */
export function letterRequestContract(topic: string) {
  return classContract('jejak.letter.requested.v1', 1, topic, LetterRequestedV1);
}

export const LetterRequestAccepted = classContract('jejak.letter.request-accepted.v1', 1, TOPICS.letters, LetterRequestAcceptedV1);
export const LetterRequestRejected = classContract('jejak.letter.request-rejected.v1', 1, TOPICS.letters, LetterRequestRejectedV1);
export const LetterSigned = classContract('jejak.letter.signed.v1', 1, TOPICS.letters, LetterSignedV1);
export const LetterDispatched = classContract('jejak.letter.dispatched.v1', 1, TOPICS.letters, LetterDispatchedV1);
export const LetterDisposisiGiven = classContract('jejak.letter.disposisi-given.v1', 1, TOPICS.letters, LetterDisposisiGivenV1);

/** What the letters service publishes about requested letters. */
export const LETTER_ANSWER_CONTRACTS = [LetterRequestAccepted, LetterRequestRejected, LetterSigned, LetterDispatched, LetterDisposisiGiven];
