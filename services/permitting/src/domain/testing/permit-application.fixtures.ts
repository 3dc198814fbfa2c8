import { deciderSpec } from '@jejak/domain-kit/testing';
import { permitApplicationDecider } from '../permit-application/permit-application.decider';
import type { PermitApplicationEvent } from '../permit-application/permit-application.events';

/** given(events).when(command).then(events) / .thenRefuses({ kind, code }) against the real decider. */
export const { given } = deciderSpec(permitApplicationDecider);

export const ID = '00000000-0000-4000-8000-000000000001';
export const TENANT = '35';
export const AT = '2025-03-04T02:00:00.000Z';
export const LATER = '2025-03-05T03:30:00.000Z';

export const permitApplicationEvents = {
  created: (title = 'Contoh pertama'): PermitApplicationEvent => ({ type: 'PermitApplicationCreated', data: { id: ID, tenant: TENANT, title, at: AT } }),
  closed: (reason = 'Selesai'): PermitApplicationEvent => ({ type: 'PermitApplicationClosed', data: { reason, at: LATER } }),
};
