import { deciderSpec } from '@jejak/domain-kit/testing';
import type { CaseCommand } from '../case/case.commands';
import { createCaseDecider } from '../case/case.decider';
import type { CaseEvent } from '../case/case.events';
import type { RoleMapping } from '../roles/role-mapping';

export type { ExpectedRefusal as Refusal } from '@jejak/domain-kit/testing';

/** given(events).when(command).then(events) / .thenRefuses({ kind, code }) against the real case decider. */
export function given(events: CaseEvent[], mapping?: RoleMapping) {
  return deciderSpec(createCaseDecider(mapping)).given(events);
}

/** Runs commands through the real decider and returns every event, in order (for building realistic histories). */
export function play(commands: CaseCommand[], mapping?: RoleMapping): CaseEvent[] {
  return deciderSpec(createCaseDecider(mapping)).play(commands);
}
