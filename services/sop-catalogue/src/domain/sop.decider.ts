import type { Decider } from '@jejak/domain-kit';
import type { SopCommand } from './sop.commands';
import type { SopEvent } from './sop.events';
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
