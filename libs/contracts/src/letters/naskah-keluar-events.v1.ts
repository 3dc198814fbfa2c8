import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { classContract } from '../class-contract';
import { TOPICS } from '../topics';
import { JENIS_NASKAH_V1, LetterActorV1, LetterNumberRefV1, SIFAT_V1, TENANT_CODE } from './letters-values.v1';

/**
 * Facts of outgoing letters (surat keluar, nota dinas), topic `jejak.letters.v1`: drafting, the paraf
 * chain, signature with the number issued, dispatch. Ids, numbers, sifat, times and actors only.
 */
class NaskahFactV1 {
  @IsString() letterId!: string;
  @IsOptional() @IsString() caseId?: string | null;
}

/** `jejak.letters.naskah-drafted.v1`: a draft (konsep) exists; `inReplyTo` is the surat masuk it answers. */
export class NaskahDraftedV1 extends NaskahFactV1 {
  @Matches(TENANT_CODE) tenant!: string;
  @IsIn(JENIS_NASKAH_V1) jenis!: string;
  @IsIn(SIFAT_V1) sifat!: string;
  @IsOptional() @IsString() inReplyTo!: string | null;
  @ValidateNested() @Type(() => LetterActorV1) drafter!: LetterActorV1;
  @IsISO8601() writtenAt!: string;
}
export const NaskahDrafted = classContract('jejak.letters.naskah-drafted.v1', 1, TOPICS.letters, NaskahDraftedV1);

/** `jejak.letters.naskah-submitted.v1`: a paraf round starts (round 1, 2... after each return). */
export class NaskahSubmittedV1 extends NaskahFactV1 {
  @IsInt() @Min(1) round!: number;
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LetterActorV1) reviewers!: LetterActorV1[];
  @ValidateNested() @Type(() => LetterActorV1) signer!: LetterActorV1;
  @IsISO8601() submittedAt!: string;
}
export const NaskahSubmitted = classContract('jejak.letters.naskah-submitted.v1', 1, TOPICS.letters, NaskahSubmittedV1);

/** `jejak.letters.paraf-given.v1`: step `step` of `steps` of the round is initialled. */
export class ParafGivenV1 extends NaskahFactV1 {
  @IsInt() @Min(1) round!: number;
  @IsInt() @Min(1) step!: number;
  @IsInt() @Min(1) steps!: number;
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
  @IsISO8601() at!: string;
}
export const ParafGiven = classContract('jejak.letters.paraf-given.v1', 1, TOPICS.letters, ParafGivenV1);

/** `jejak.letters.naskah-returned.v1`: a reviewer (`paraf`) or the signer (`tanda_tangan`) returned the draft; the notes stay in the service. */
export class NaskahReturnedV1 extends NaskahFactV1 {
  @IsInt() @Min(1) round!: number;
  @IsIn(['paraf', 'tanda_tangan']) from!: string;
  @IsOptional() @IsInt() @Min(1) step!: number | null;
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
  @IsISO8601() returnedAt!: string;
}
export const NaskahReturned = classContract('jejak.letters.naskah-returned.v1', 1, TOPICS.letters, NaskahReturnedV1);

/** `jejak.letters.letter-signed.v1`: signed and numbered. `nomorFormatted` is omitted for a rahasia letter. */
export class LetterSignedV1 extends NaskahFactV1 {
  @IsIn(JENIS_NASKAH_V1) jenis!: string;
  @IsIn(SIFAT_V1) sifat!: string;
  @ValidateNested() @Type(() => LetterNumberRefV1) nomor!: LetterNumberRefV1;
  @IsOptional() @IsString() nomorFormatted?: string;
  @IsISO8601({ strict: true }) tanggalSurat!: string;
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
  @IsISO8601() signedAt!: string;
}
export const LetterSigned = classContract('jejak.letters.letter-signed.v1', 1, TOPICS.letters, LetterSignedV1);

/** `jejak.letters.letter-dispatched.v1`: the signed letter left through `via`, at `dispatchedAt`. */
export class LetterDispatchedV1 extends NaskahFactV1 {
  @IsIn(JENIS_NASKAH_V1) jenis!: string;
  @IsIn(SIFAT_V1) sifat!: string;
  @ValidateNested() @Type(() => LetterNumberRefV1) nomor!: LetterNumberRefV1;
  @IsString() via!: string;
  @IsISO8601() dispatchedAt!: string;
  @IsISO8601() recordedAt!: string;
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
}
export const LetterDispatched = classContract('jejak.letters.letter-dispatched.v1', 1, TOPICS.letters, LetterDispatchedV1);

export const NASKAH_KELUAR_CONTRACTS = [NaskahDrafted, NaskahSubmitted, ParafGiven, NaskahReturned, LetterSigned, LetterDispatched];
