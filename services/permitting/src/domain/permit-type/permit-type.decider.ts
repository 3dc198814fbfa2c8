import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { PermitTypeCommand } from './permit-type.commands';
import { decide } from './permit-type.decide';
import { permitTypeEventTypes, type PermitTypeEvent } from './permit-type.events';
import { evolve } from './permit-type.evolve';
import { initialPermitTypeState, type PermitTypeState } from './permit-type.state';

export const permitTypeDecider: Decider<PermitTypeCommand, PermitTypeEvent, PermitTypeState> = { decide, evolve, initialState: initialPermitTypeState };

/** One stream per dinas and code: `permit-type-35.01~IUI_REKOMTEK` (the code is unique in its dinas by construction). */
export const PERMIT_TYPE_STREAM_PREFIX = 'permit-type-';
export const permitTypeId = (tenant: string, code: string): string => `${tenant}~${code}`;
export const permitTypeKeyOfStream = (stream: string): { tenant: string; code: string } => {
  const [tenant = '', code = ''] = stream.slice(PERMIT_TYPE_STREAM_PREFIX.length).split('~');
  return { tenant, code };
};

export const PermitTypeAggregate: AggregateType<PermitTypeCommand, PermitTypeEvent, PermitTypeState> = {
  name: 'permit-type',
  stream: (id) => `${PERMIT_TYPE_STREAM_PREFIX}${id}`,
  decider: permitTypeDecider,
  events: permitTypeEventTypes,
};
