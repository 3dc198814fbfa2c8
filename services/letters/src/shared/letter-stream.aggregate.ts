import type { EventTypeRegistry } from '@jejak/domain-kit';
import type { AggregateType, DomainEvent } from '@jejak/service-kit';
import type { FlowLink } from '../flow/letter-flow.config';
import { isLetterFlowEvent, type LetterFlowEvent } from '../flow/letter-flow.events';
import { decideLocalised } from './letters-error.messages';

/** A letter's stream folded: the letter (pure domain state), and the SOP case facts recorded beside it. */
export interface LetterStreamState<State> {
  letter: State;
  /** The SOP case the letter belongs to, if any. */
  link: FlowLink | null;
  /** Flow rules (`<flow>#<index>`) that already fired on this letter. */
  fired: ReadonlySet<string>;
}

export type LetterStreamEvent<Event> = Event | LetterFlowEvent;

export type LetterStreamAggregate<Command, Event extends DomainEvent, State> = AggregateType<Command, LetterStreamEvent<Event>, LetterStreamState<State>>;

/**
 * A letter aggregate (surat masuk, surat keluar) as its stream holds it: the domain decider decides
 * on the letter's state alone, with its failures in the Indonesian users read; the flow facts
 * (`LetterFlowAssigned`, `SopCaseFactRecorded`) recorded in the same stream are folded beside it.
 * `events` is the stream's registry: the letter's types and the flow facts' (see `letter-kinds.ts`).
 */
export function letterStreamAggregate<Command, Event extends DomainEvent, State>(
  aggregate: AggregateType<Command, Event, State>,
  events: EventTypeRegistry<LetterStreamEvent<Event>>,
): LetterStreamAggregate<Command, Event, State> {
  const { decider } = aggregate;
  return {
    name: aggregate.name,
    stream: aggregate.stream,
    events,
    decider: {
      initialState: () => ({ letter: decider.initialState(), link: null, fired: new Set<string>() }),
      decide: (command, state) => decideLocalised(() => decider.decide(command, state.letter)),
      evolve: (state, event) => {
        if (!isLetterFlowEvent(event)) return { ...state, letter: decider.evolve(state.letter, event) };
        if (event.type === 'LetterFlowAssigned') return state.link !== null ? state : { ...state, link: { flow: event.data.flow, caseId: event.data.caseId } };
        return { ...state, fired: new Set([...state.fired, event.data.rule]) };
      },
    },
  };
}
