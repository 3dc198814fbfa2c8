import type { IsoInstant } from './permit-application.events';

/** Commands to the permit-application aggregate. The time (`at`) and the new id arrive on the command: the decider reads neither clock nor random source. */
export interface CreatePermitApplication {
  type: 'CreatePermitApplication';
  id: string;
  /** The dinas (Kemendagri region code) from the verified token. */
  tenant: string;
  title: string;
  at: IsoInstant;
}

export interface ClosePermitApplication {
  type: 'ClosePermitApplication';
  reason: string;
  at: IsoInstant;
}

export type PermitApplicationCommand = CreatePermitApplication | ClosePermitApplication;
