import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@jejak/event-store';
import { assertCanWrite, currentCorrelationId, eventMetadata, type AuthenticatedUser } from '@jejak/nest-platform';
import { loadAggregate } from '@jejak/service-kit';
import { dinasCalendarDecider, type DinasCalendarCommand } from './dinas-calendar.decider';
import { dinasCalendarStream } from './dinas-calendar.stream';

/** Runs calendar commands: only the dinas's own administrators write its calendar. */
@Injectable()
export class DinasCalendarExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(user: AuthenticatedUser, tenant: string, build: (at: string) => DinasCalendarCommand, expectedRevision?: number): Promise<number> {
    assertCanWrite(user, tenant);
    const stream = dinasCalendarStream(tenant);
    const { state, revision } = await loadAggregate(this.store, stream, dinasCalendarDecider);
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(stream, expectedRevision, revision === -1 ? 'no_stream' : revision);
    }
    const events = dinasCalendarDecider.decide(build(this.clock.now().toISOString()), state);
    const metadata = eventMetadata(user, currentCorrelationId());
    const result = await this.store.append(
      stream,
      events.map((e) => ({ type: e.type, data: e.data, metadata })),
      { expectedRevision: revision === -1 ? 'no_stream' : revision },
    );
    return result.nextExpectedRevision;
  }
}
