import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, notFound, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@jejak/event-store';
import { assertCanWrite, currentCorrelationId, eventMetadata, type AuthenticatedUser } from '@jejak/nest-platform';
import { loadAggregate } from '@jejak/service-kit';
import { sopDecider, type ActiveSop, type RetiredSop, type SopCommand, type SopEvent, type SopState } from '../domain';
import { sopStream } from './sop.stream';

export interface SopCommandResult {
  sopId: string;
  /** Stream revision after the command: the next `If-Match` value. */
  revision: number;
  events: SopEvent[];
}

type ExistingSop = ActiveSop | RetiredSop;

/**
 * Runs SOP commands: load the stream, check the user may write to the SOP's dinas, check the client's
 * expected revision (If-Match), decide, append with optimistic concurrency.
 */
@Injectable()
export class SopCommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  now(): string {
    return this.clock.now().toISOString();
  }

  newSopId(): string {
    return this.ids.next();
  }

  /** Drafts a new SOP in the user's own dinas. */
  async create(user: AuthenticatedUser, command: SopCommand & { sopId: string }): Promise<SopCommandResult> {
    return this.run(command.sopId, user, () => command, { expectNew: true });
  }

  /** Runs a command on an existing SOP. */
  async execute(
    sopId: string,
    user: AuthenticatedUser,
    build: (state: ExistingSop, at: string) => SopCommand,
    expectedRevision?: number,
  ): Promise<SopCommandResult> {
    return this.run(sopId, user, (state) => {
      if (state.stage === 'none') throw notFound('SOP_NOT_FOUND', `SOP ${sopId} tidak ditemukan`);
      assertCanWrite(user, state.issuer.tenant);
      return build(state, this.now());
    }, { expectedRevision });
  }

  private async run(
    sopId: string,
    user: AuthenticatedUser,
    build: (state: SopState) => SopCommand,
    options: { expectNew?: boolean; expectedRevision?: number },
  ): Promise<SopCommandResult> {
    const stream = sopStream(sopId);
    const { state, revision } = await loadAggregate(this.store, stream, sopDecider);
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(stream, options.expectedRevision, revision === -1 ? 'no_stream' : revision);
    }
    const events = sopDecider.decide(build(state), state);
    if (events.length === 0) return { sopId, revision, events };
    const metadata = eventMetadata(user, currentCorrelationId());
    const result = await this.store.append(
      stream,
      events.map((event) => ({ type: event.type, data: event.data, metadata })),
      { expectedRevision: options.expectNew ? 'no_stream' : revision },
    );
    return { sopId, revision: result.nextExpectedRevision, events };
  }
}
