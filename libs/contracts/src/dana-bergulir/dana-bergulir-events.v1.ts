import { IsISO8601, IsString, IsUUID, Matches } from 'class-validator';
import { classContract } from '../class-contract';
import { TOPICS } from '../topics';

const TENANT = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** `jejak.dana-bergulir.loan-created.v1`: a loan exists in a dinas. */
export class LoanCreatedV1 {
  @IsUUID() id!: string;
  @Matches(TENANT) tenant!: string;
  @IsString() title!: string;
  @IsISO8601() createdAt!: string;
}
export const LoanCreatedContract = classContract('jejak.dana-bergulir.loan-created.v1', 1, TOPICS.danaBergulir, LoanCreatedV1);

/** `jejak.dana-bergulir.loan-closed.v1`: a loan was closed. */
export class LoanClosedV1 {
  @IsUUID() id!: string;
  @Matches(TENANT) tenant!: string;
  @IsISO8601() closedAt!: string;
}
export const LoanClosedContract = classContract('jejak.dana-bergulir.loan-closed.v1', 1, TOPICS.danaBergulir, LoanClosedV1);

export const DANA_BERGULIR_CONTRACTS = [LoanCreatedContract, LoanClosedContract];
