import { fold, isDomainError, type Decider, type DomainErrorKind } from '@jejak/domain-kit';

export interface ExpectedError {
  kind: DomainErrorKind;
  code: string;
  /** When given, one of the error's details must name this field. */
  field?: string;
}

/** Asserts `run` throws a DomainError of the given kind and code (and field). */
export function expectDomainError(run: () => unknown, expected: ExpectedError): void {
  let thrown: unknown = undefined;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  if (!isDomainError(thrown)) throw new Error(`expected DomainError ${expected.code}, got ${thrown === undefined ? 'no error' : String(thrown)}`);
  expect({ kind: thrown.kind, code: thrown.code }).toEqual({ kind: expected.kind, code: expected.code });
  if (expected.field !== undefined) expect(thrown.details.map((d) => d.field)).toContain(expected.field);
}

/** given events / when command / then events (or error). */
export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: readonly Event[]) {
      const state = fold(decider, events);
      return {
        state,
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            run,
            then(expected: Event[]): Event[] {
              const events = run();
              expect(events).toEqual(expected);
              return events;
            },
            thenFails(expected: ExpectedError): void {
              expectDomainError(run, expected);
            },
          };
        },
      };
    },
  };
}
