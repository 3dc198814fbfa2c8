import { fold, isDomainError, type DomainErrorDetail, type DomainErrorKind } from '@jejak/domain-kit';
import { sopDecider } from '../sop.decider';
import type { SopCommand } from '../sop.commands';
import type { SopEvent } from '../sop.events';

export interface Refusal {
  kind: DomainErrorKind;
  code: string;
  details?: DomainErrorDetail[];
}

/** given(events).when(command).then(events) / .thenRefuses({ kind, code }) against the real decider. */
export function given(events: SopEvent[]) {
  return {
    when(command: SopCommand) {
      const run = () => sopDecider.decide(command, fold(sopDecider, events));
      return {
        then(expected: SopEvent[]): void {
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
