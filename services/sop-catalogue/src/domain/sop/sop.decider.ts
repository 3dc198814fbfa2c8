import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { SopCommand } from './sop.commands';
import { sopEventTypes, type SopEvent } from './sop.events';
import { initialSopState, type SopState } from './sop.state';
import { decide } from './sop.decide';
import { evolve } from './sop.evolve';

/**
 * The SOP aggregate as a decider. One stream per SOP; versions 1, 2, ... live in it.
 *
 * Lifecycle of a version: draft -> submitted -> approved -> effective -> superseded | retired,
 * with submitted -> draft when the approver sends it back, and draft/submitted/approved -> abandoned when
 * the SOP is retired. Only one version is open (draft, submitted or approved) at a time; a revision starts
 * from the latest effective version. Submitting, approving and making effective all require
 * `validateForApproval(content)` to be empty.
 */
export const sopDecider: Decider<SopCommand, SopEvent, SopState> = {
  decide,
  evolve,
  initialState: initialSopState,
};

/** One stream per SOP, holding all its versions. */
export const SOP_STREAM_PREFIX = 'sop-';
export const sopStream = (sopId: string): string => `${SOP_STREAM_PREFIX}${sopId}`;
export const sopIdOfStream = (stream: string): string => stream.slice(SOP_STREAM_PREFIX.length);

/** The SOP aggregate as the command pipeline runs it (`CommandPipeline.execute(SopAggregate, ...)`). */
export const SopAggregate: AggregateType<SopCommand, SopEvent, SopState> = {
  name: 'SOP',
  stream: sopStream,
  decider: sopDecider,
  events: sopEventTypes,
};
