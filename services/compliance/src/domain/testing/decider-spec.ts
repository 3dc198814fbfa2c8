import { fold, isDomainError, type DomainErrorDetail, type DomainErrorKind } from '@jejak/domain-kit';
import { createCaseDecider } from '../case/case.decider';
import type { CaseCommand } from '../case/case.commands';
import type { CaseEvent } from '../case/case.events';
import type { RoleMapping } from '../roles/role-mapping';

export interface Refusal {
  kind: DomainErrorKind;
  code: string;
  details?: DomainErrorDetail[];
}

/** given(events).when(command).then(events) / .thenRefuses({ kind, code }) against the real case decider. */
export function given(events: CaseEvent[], mapping?: RoleMapping) {
  const decider = createCaseDecider(mapping);
  return {
    when(command: CaseCommand) {
      const run = () => decider.decide(command, fold(decider, events));
      return {
        then(expected: CaseEvent[]): void {
          expect(run()).toEqual(expected);
        },
        thenRefuses(expected: Refusal): void {
          let caught: unknown = null;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(isDomainError(caught)).toBe(true);
          if (!isDomainError(caught)) return;
          expect({ kind: caught.kind, code: caught.code }).toEqual({ kind: expected.kind, code: expected.code });
          if (expected.details !== undefined) expect(caught.details).toEqual(expected.details);
        },
      };
    },
  };
}

/** Runs commands through the real decider and returns every event, in order (for building realistic histories). */
export function play(commands: CaseCommand[], mapping?: RoleMapping): CaseEvent[] {
  const decider = createCaseDecider(mapping);
  const events: CaseEvent[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    const produced = decider.decide(command, state);
    for (const event of produced) state = decider.evolve(state, event);
    events.push(...produced);
  }
  return events;
}
