import type { IsoInstant } from './permit-application.events';

export interface NoPermitApplication {
  stage: 'none';
}

export interface OpenPermitApplication {
  stage: 'open';
  id: string;
  tenant: string;
  title: string;
  createdAt: IsoInstant;
}

export interface ClosedPermitApplication extends Omit<OpenPermitApplication, 'stage'> {
  stage: 'closed';
  closedAt: IsoInstant;
  reason: string;
}

/** The stages of a permit-application: none → open → closed. */
export type PermitApplicationState = NoPermitApplication | OpenPermitApplication | ClosedPermitApplication;

export const initialPermitApplicationState = (): PermitApplicationState => ({ stage: 'none' });
