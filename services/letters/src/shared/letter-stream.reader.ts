import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@jejak/event-store';
import type { FlowLink } from '../flow/letter-flow.config';
import { isLetterFlowEvent } from '../flow/letter-flow.events';
import type { LetterKind } from './letter-kinds';

export interface LoadedLetter<Event, State> {
  letterId: string;
  stream: string;
  state: State;
  /** Stream revision (-1: no stream): the ETag, and the If-Match a write expects. */
  revision: number;
  recorded: RecordedEvent[];
  /** The letter's domain facts, without the flow facts recorded beside them. */
  events: Event[];
  /** The SOP case the letter belongs to, if any. */
  link: FlowLink | null;
  /** Flow rules that already fired on this letter. */
  fired: Set<string>;
}

/** Reads a letter's stream: folds its domain facts, and collects its SOP case link and fired rules. */
@Injectable()
export class LetterStreamReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<Command, Event extends { type: string; data: unknown }, State>(kind: LetterKind<Command, Event, State>, letterId: string): Promise<LoadedLetter<Event, State>> {
    const stream = kind.stream(letterId);
    const recorded = await this.store.readStream(stream);
    return foldLetter(kind, letterId, stream, recorded);
  }
}

export function foldLetter<Command, Event extends { type: string; data: unknown }, State>(kind: LetterKind<Command, Event, State>, letterId: string, stream: string, recorded: RecordedEvent[]): LoadedLetter<Event, State> {
  const events: Event[] = [];
  let link: FlowLink | null = null;
  const fired = new Set<string>();
  for (const e of recorded) {
    const event = kind.events.read(e);
    if (isLetterFlowEvent(event)) {
      if (event.type === 'LetterFlowAssigned') link ??= { flow: event.data.flow, caseId: event.data.caseId };
      else fired.add(event.data.rule);
    } else {
      events.push(event);
    }
  }
  const state = events.reduce(kind.evolve, kind.initialState());
  return { letterId, stream, state, revision: recorded.length > 0 ? recorded[recorded.length - 1].revision : -1, recorded, events, link, fired };
}
