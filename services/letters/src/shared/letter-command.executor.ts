import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@jejak/event-store';
import { assertCanWrite, currentCorrelationId, eventMetadata, type AuthenticatedUser } from '@jejak/nest-platform';
import { LettersConfigRegistry, type TenantLetters } from '../config/letters-config.registry';
import type { FlowLink } from '../flow/letter-flow.config';
import type { LetterFlowEvent } from '../flow/letter-flow.events';
import { mapLetterFacts } from '../flow/letter-flow.mapper';
import type { SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState, SuratMasukCommand, SuratMasukEvent, SuratMasukState } from '../domain';
import { NASKAH_KELUAR, SURAT_MASUK, type LetterKind } from './letter-kinds';
import { LetterStreamReader, type LoadedLetter } from './letter-stream.reader';
import { decideLocalised } from './letters-error.messages';

export interface LetterCommandResult<Event = { type: string }> {
  letterId: string;
  /** Stream revision after the command: the next `If-Match` value. */
  revision: number;
  events: Event[];
}

/** The SOP case a command makes the letter join: opening it, or advancing one. */
export interface FlowAssignment {
  link: FlowLink;
  opening: { reference: string; origin: string } | null;
}

export interface Decision<Command> {
  command: Command;
  assign?: FlowAssignment | null;
}

export type Build<C, E, S> = (loaded: LoadedLetter<E, S>, tenant: TenantLetters) => Decision<C> | Promise<Decision<C>>;

/** The executor bound to one kind of letter, so that commands are checked against that kind's command type. */
export interface KindExecutor<C, E, S> {
  run(letterId: string, user: AuthenticatedUser, build: Build<C, E, S>, options?: RunOptions): Promise<LetterCommandResult<E>>;
}

export interface RunOptions {
  /** The letter must not exist yet (registration, a new draft). */
  create?: boolean;
  /** From If-Match: the stream revision the client last read. */
  expectedRevision?: number;
}

/**
 * Runs a letter command: load the stream → the letter must be of the user's dinas (another dinas's
 * letter is "not found") → If-Match → decide (pure, in the dinas's configuration) → map the new facts
 * to SOP case facts under the letter's flow → append everything in ONE append with the revision read.
 * Nothing is written when any step fails.
 */
@Injectable()
export class LetterCommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly reader: LetterStreamReader,
    private readonly registry: LettersConfigRegistry,
  ) {}

  /** Incoming letters. */
  readonly masuk: KindExecutor<SuratMasukCommand, SuratMasukEvent, SuratMasukState> = {
    run: (letterId, user, build, options) => this.run(SURAT_MASUK, letterId, user, build, options),
  };

  /** Surat keluar and nota dinas. */
  readonly keluar: KindExecutor<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState> = {
    run: (letterId, user, build, options) => this.run(NASKAH_KELUAR, letterId, user, build, options),
  };

  now(): Date {
    return this.clock.now();
  }

  newId(): string {
    return this.ids.next();
  }

  /** The letter as its writer sees it: of the user's dinas, or not found. */
  async load<C, E, S>(kind: LetterKind<C, E, S>, letterId: string, user: AuthenticatedUser, options: RunOptions = {}): Promise<LoadedLetter<E, S>> {
    assertCanWrite(user, user.tenant);
    const loaded = await this.reader.load(kind, letterId);
    const view = kind.view(loaded.state);
    if (view === null ? !options.create : view.tenant !== user.tenant) throw kind.notFound(letterId);
    if (options.expectedRevision !== undefined && options.expectedRevision !== loaded.revision) {
      throw new WrongExpectedRevisionError(loaded.stream, options.expectedRevision, loaded.revision === -1 ? 'no_stream' : loaded.revision);
    }
    return loaded;
  }

  async run<C, E extends { type: string; data: unknown }, S>(
    kind: LetterKind<C, E, S>,
    letterId: string,
    user: AuthenticatedUser,
    build: Build<C, E, S>,
    options: RunOptions = {},
  ): Promise<LetterCommandResult<E>> {
    const loaded = await this.load(kind, letterId, user, options);
    const tenant = this.registry.forTenant(user.tenant);
    const { command, assign } = await build(loaded, tenant);
    const events = decideLocalised(() => kind.decider(tenant).decide(command, loaded.state));
    if (events.length === 0) return { letterId, revision: loaded.revision, events };

    const flowEvents = this.flowEvents(kind, loaded, assign ?? null, events, user.tenant);
    const metadata = eventMetadata(user, currentCorrelationId());
    const result = await this.store.append(
      loaded.stream,
      [...events, ...flowEvents].map((event) => ({ type: event.type, data: event.data, metadata })),
      { expectedRevision: loaded.revision === -1 ? 'no_stream' : loaded.revision },
    );
    return { letterId, revision: result.nextExpectedRevision, events };
  }

  /** The flow facts of the decided letter facts: joining the case (once), then the case step facts they stand for. */
  private flowEvents<C, E, S>(kind: LetterKind<C, E, S>, loaded: LoadedLetter<E, S>, assign: FlowAssignment | null, events: E[], tenant: string): LetterFlowEvent[] {
    const after = events.reduce(kind.evolve, loaded.state);
    const out: LetterFlowEvent[] = [];
    const link = loaded.link ?? assign?.link ?? null;
    if (loaded.link === null && assign !== null) {
      const at = this.clock.now().toISOString();
      out.push({ type: 'LetterFlowAssigned', data: { letterId: loaded.letterId, flow: assign.link.flow, caseId: assign.link.caseId, opened: assign.opening !== null, at } });
    }
    const flow = link === null ? undefined : this.registry.flows(tenant).find((f) => f.key === link.flow);
    const view = kind.view(after);
    if (link === null || flow === undefined || view === null) return out;
    const facts = mapLetterFacts({
      ...kind.context(after),
      flow,
      link,
      letterId: loaded.letterId,
      sifat: view.sifat,
      events: events as unknown as (SuratMasukEvent | SuratKeluarEvent)[],
      fired: loaded.fired,
      opening: loaded.link === null ? (assign?.opening ?? null) : null,
    });
    return [...out, ...facts];
  }
}
