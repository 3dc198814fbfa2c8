import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { ProgrammeCommand } from './programme.commands';
import { decide } from './programme.decide';
import { programmeEventTypes, type ProgrammeEvent } from './programme.events';
import { evolve } from './programme.evolve';
import { initialProgrammeState, type ProgrammeState } from './programme.state';

export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  decide,
  evolve,
  initialState: initialProgrammeState,
};

/** One stream per programme. */
export const PROGRAMME_STREAM_PREFIX = 'programme-';
export const programmeIdOfStream = (stream: string): string => stream.slice(PROGRAMME_STREAM_PREFIX.length);

export const ProgrammeAggregate: AggregateType<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  name: 'programme',
  stream: (id) => `${PROGRAMME_STREAM_PREFIX}${id}`,
  decider: programmeDecider,
  events: programmeEventTypes,
};
