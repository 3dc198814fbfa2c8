import { deciderSpec } from '@jejak/domain-kit/testing';
import { sopDecider } from '../sop/sop.decider';

export type { ExpectedRefusal as Refusal } from '@jejak/domain-kit/testing';

/** given(events).when(command).then(events) / .thenRefuses({ kind, code }) against the real SOP decider. */
export const { given } = deciderSpec(sopDecider);
