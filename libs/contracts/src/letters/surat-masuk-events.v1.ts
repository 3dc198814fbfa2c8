import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { classContract } from '../class-contract';
import { TOPICS } from '../topics';
import { LetterActorV1, LetterNumberRefV1, SIFAT_V1, TENANT_CODE } from './letters-values.v1';

/**
 * Facts of incoming letters (surat masuk) and their dispositions, topic `jejak.letters.v1`.
 * They carry ids, numbers, sifat, times and actors only: never the perihal, the sender, notes,
 * instructions' free text or reports, so a rahasia letter's content never leaves the service.
 * `caseId` names the SOP case the letter opens or advances, when it has one.
 */
class LetterFactV1 {
  @IsString() letterId!: string;
  @IsOptional() @IsString() caseId?: string | null;
}

/** `jejak.letters.surat-masuk-registered.v1`: agenda'd and routed to the Kepala Dinas. */
export class SuratMasukRegisteredV1 extends LetterFactV1 {
  @Matches(TENANT_CODE) tenant!: string;
  @ValidateNested() @Type(() => LetterNumberRefV1) nomorAgenda!: LetterNumberRefV1;
  @IsIn(SIFAT_V1) sifat!: string;
  @IsISO8601({ strict: true }) tanggalDiterima!: string;
  @ValidateNested() @Type(() => LetterActorV1) registeredBy!: LetterActorV1;
  @ValidateNested() @Type(() => LetterActorV1) routedTo!: LetterActorV1;
  @IsISO8601() registeredAt!: string;
}
export const SuratMasukRegistered = classContract('jejak.letters.surat-masuk-registered.v1', 1, TOPICS.letters, SuratMasukRegisteredV1);

/** `jejak.letters.disposisi-sent.v1`: one hop down the hierarchy, one event per recipient. */
export class DisposisiSentV1 extends LetterFactV1 {
  @IsString() disposisiId!: string;
  @IsOptional() @IsString() parentDisposisiId!: string | null;
  @IsInt() @Min(1) level!: number;
  @ValidateNested() @Type(() => LetterActorV1) from!: LetterActorV1;
  @ValidateNested() @Type(() => LetterActorV1) to!: LetterActorV1;
  /** The instruction's code from the dinas's list (e.g. `proses_lebih_lanjut`), never the notes. */
  @IsString() instruction!: string;
  @IsOptional() @IsISO8601({ strict: true }) batasWaktu!: string | null;
  @IsISO8601() sentAt!: string;
}
export const DisposisiSent = classContract('jejak.letters.disposisi-sent.v1', 1, TOPICS.letters, DisposisiSentV1);

/** `jejak.letters.disposisi-acknowledged.v1`: the recipient opened it (read time). */
export class DisposisiAcknowledgedV1 extends LetterFactV1 {
  @IsString() disposisiId!: string;
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
  @IsISO8601() readAt!: string;
}
export const DisposisiAcknowledged = classContract('jejak.letters.disposisi-acknowledged.v1', 1, TOPICS.letters, DisposisiAcknowledgedV1);

/** `jejak.letters.disposisi-followed-up.v1`: a follow-up report was filed (its text stays in the service). */
export class DisposisiFollowedUpV1 extends LetterFactV1 {
  @IsString() disposisiId!: string;
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
  @IsISO8601() followedUpAt!: string;
}
export const DisposisiFollowedUp = classContract('jejak.letters.disposisi-followed-up.v1', 1, TOPICS.letters, DisposisiFollowedUpV1);

/** `jejak.letters.disposisi-closed.v1`: closed by its recipient (`selesai`) or with the letter (`surat_ditutup`). */
export class DisposisiClosedV1 extends LetterFactV1 {
  @IsString() disposisiId!: string;
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
  @IsIn(['selesai', 'surat_ditutup']) reason!: string;
  @IsISO8601() closedAt!: string;
}
export const DisposisiClosed = classContract('jejak.letters.disposisi-closed.v1', 1, TOPICS.letters, DisposisiClosedV1);

/** `jejak.letters.surat-masuk-closed.v1`: the holder closed the letter. */
export class SuratMasukClosedV1 extends LetterFactV1 {
  @ValidateNested() @Type(() => LetterActorV1) by!: LetterActorV1;
  @IsISO8601() closedAt!: string;
}
export const SuratMasukClosed = classContract('jejak.letters.surat-masuk-closed.v1', 1, TOPICS.letters, SuratMasukClosedV1);

export const SURAT_MASUK_CONTRACTS = [SuratMasukRegistered, DisposisiSent, DisposisiAcknowledged, DisposisiFollowedUp, DisposisiClosed, SuratMasukClosed];
