import { deciderSpec } from '@jejak/domain-kit/testing';
import { permitTypeDecider } from '../permit-type/permit-type.decider';
import type { PermitTypeContent } from '../permit-type/permit-type.content';
import type { PermitTypeEvent } from '../permit-type/permit-type.events';
import { PERMIT_TYPE_SEEDS } from '../permit-type/permit-type.seed';

export const { given: givenPermitType } = deciderSpec(permitTypeDecider);

export const TENANT = '35.01';
export const AT = '2025-03-04T02:00:00.000Z';
export const LATER = '2025-06-01T02:00:00.000Z';

export const iuiContent = (): PermitTypeContent => structuredClone(PERMIT_TYPE_SEEDS.find((s) => s.code === 'IUI_REKOMTEK')!.content);

export const permitTypeEvents = {
  defined: (content = iuiContent()): PermitTypeEvent => ({ type: 'PermitTypeDefined', data: { tenant: TENANT, code: 'IUI_REKOMTEK', version: 1, effectiveFrom: '2023-01-04', content, at: AT } }),
};
