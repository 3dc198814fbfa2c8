import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { PermitApplicationCommand } from './permit-application.commands';
import { decide } from './permit-application.decide';
import { permitApplicationEventTypes, type PermitApplicationEvent } from './permit-application.events';
import { evolve } from './permit-application.evolve';
import { initialPermitApplicationState, type PermitApplicationState } from './permit-application.state';

export const permitApplicationDecider: Decider<PermitApplicationCommand, PermitApplicationEvent, PermitApplicationState> = {
  decide, evolve, initialState: initialPermitApplicationState,
};

export const PERMIT_APPLICATION_STREAM_PREFIX = 'permit-application-';
export const permitApplicationIdOfStream = (stream: string): string => stream.slice(PERMIT_APPLICATION_STREAM_PREFIX.length);

export const PermitApplicationAggregate: AggregateType<PermitApplicationCommand, PermitApplicationEvent, PermitApplicationState> = {
  name: 'permit-application',
  stream: (id) => `${PERMIT_APPLICATION_STREAM_PREFIX}${id}`,
  decider: permitApplicationDecider,
  events: permitApplicationEventTypes,
};
