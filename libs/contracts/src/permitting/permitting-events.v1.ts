import { IsISO8601, IsString, IsUUID, Matches } from 'class-validator';
import { classContract } from '../class-contract';
import { TOPICS } from '../topics';

const TENANT = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** `jejak.permitting.permit-application-created.v1`: a permit-application exists in a dinas. */
export class PermitApplicationCreatedV1 {
  @IsUUID() id!: string;
  @Matches(TENANT) tenant!: string;
  @IsString() title!: string;
  @IsISO8601() createdAt!: string;
}
export const PermitApplicationCreatedContract = classContract('jejak.permitting.permit-application-created.v1', 1, TOPICS.permitting, PermitApplicationCreatedV1);

/** `jejak.permitting.permit-application-closed.v1`: a permit-application was closed. */
export class PermitApplicationClosedV1 {
  @IsUUID() id!: string;
  @Matches(TENANT) tenant!: string;
  @IsISO8601() closedAt!: string;
}
export const PermitApplicationClosedContract = classContract('jejak.permitting.permit-application-closed.v1', 1, TOPICS.permitting, PermitApplicationClosedV1);

export const PERMITTING_CONTRACTS = [PermitApplicationCreatedContract, PermitApplicationClosedContract];
