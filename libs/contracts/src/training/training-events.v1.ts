import { IsISO8601, IsString, IsUUID, Matches } from 'class-validator';
import { classContract } from '../class-contract';
import { TOPICS } from '../topics';

const TENANT = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** `jejak.training.kegiatan-created.v1`: a kegiatan exists in a dinas. */
export class KegiatanCreatedV1 {
  @IsUUID() id!: string;
  @Matches(TENANT) tenant!: string;
  @IsString() title!: string;
  @IsISO8601() createdAt!: string;
}
export const KegiatanCreatedContract = classContract('jejak.training.kegiatan-created.v1', 1, TOPICS.training, KegiatanCreatedV1);

/** `jejak.training.kegiatan-closed.v1`: a kegiatan was closed. */
export class KegiatanClosedV1 {
  @IsUUID() id!: string;
  @Matches(TENANT) tenant!: string;
  @IsISO8601() closedAt!: string;
}
export const KegiatanClosedContract = classContract('jejak.training.kegiatan-closed.v1', 1, TOPICS.training, KegiatanClosedV1);

export const TRAINING_CONTRACTS = [KegiatanCreatedContract, KegiatanClosedContract];
