import type { Decider } from '../decider';
import { fold } from '../decider';
import { isDomainError, type DomainErrorDetail, type DomainErrorKind } from '../domain-error';

/** What a refused command must throw: a DomainError of this kind and code (and details, or a field named in them). */
export interface ExpectedRefusal {
  kind: DomainErrorKind;
  code: string;
  /** When given, the error's details must equal these. */
  details?: DomainErrorDetail[];
  /** When given, one of the error's details must name this field. */
  field?: string;
}

/** Asserts `run` throws a DomainError matching `expected`. */
export function expectRefusal(run: () => unknown, expected: ExpectedRefusal): void {
  let thrown: unknown = undefined;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  if (!isDomainError(thrown)) throw new Error(`expected DomainError ${expected.code}, got ${thrown === undefined ? 'no error' : String(thrown)}`);
  expect({ kind: thrown.kind, code: thrown.code }).toEqual({ kind: expected.kind, code: expected.code });
  if (expected.details !== undefined) expect(thrown.details).toEqual(expected.details);
  if (expected.field !== undefined) expect(thrown.details.map((d) => d.field)).toContain(expected.field);
}

/**
 * Given events / when command / then events (or a refusal), against a real decider:
 *
 *     const { given } = deciderSpec(sopDecider);
 *     given([drafted]).when(submit).then([submitted]);
 *     given([]).when(submit).thenRefuses({ kind: 'not_found', code: 'SOP_NOT_FOUND' });
 */
export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: readonly Event[]) {
      const state = fold(decider, events);
      return {
        /** The state the events fold to. */
        state,
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            run,
            then(expected: Event[]): Event[] {
              const produced = run();
              expect(produced).toEqual(expected);
              return produced;
            },
            thenRefuses(expected: ExpectedRefusal): void {
              expectRefusal(run, expected);
            },
          };
        },
      };
    },
    /** Runs commands through the decider, evolving state as it goes, and returns every event in order. */
    play(commands: Command[], initial: Event[] = []): Event[] {
      let state = fold(decider, initial);
      const events: Event[] = [];
      for (const command of commands) {
        const produced = decider.decide(command, state);
        for (const event of produced) state = decider.evolve(state, event);
        events.push(...produced);
      }
      return events;
    },
  };
}
