import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, illegalState, notFound, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@jejak/event-store';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata, type AuthenticatedUser } from '@jejak/nest-platform';
import { loadAggregate } from '@jejak/service-kit';
import { DinasCalendarReader } from '../calendars/dinas-calendar.reader';
import { localDateOf } from '../calendars/local-date';
import { createCaseDecider, type CaseCommand, type CaseEvent } from '../domain';
import { versionEffectiveOn } from '../sop-registry/sop-versions';
import { SopVersionsReader } from '../sop-registry/sop-versions.reader';
import { caseActorOf } from './case-actor';
import { caseStream } from './case.streams';

export interface CaseCommandResult {
  caseId: string;
  /** Stream revision after the command: the next `If-Match` value. */
  revision: number;
  events: CaseEvent[];
}

export interface StartCaseInput {
  sopId: string;
  procedureIndex: number | null;
  reference: string | null;
}

/**
 * Runs case commands from HTTP: the SOP version in force today in the user's dinas is pinned at start; afterwards
 * the case's stream is loaded, the user must write to the case's dinas (another dinas's case is not found), the
 * client's expected revision is checked, the decider decides (order and pelaksana rules) and the events are appended.
 */
@Injectable()
export class CaseCommandExecutor {
  private readonly decider = createCaseDecider();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly sops: SopVersionsReader,
    private readonly calendars: DinasCalendarReader,
  ) {}

  async start(user: AuthenticatedUser, input: StartCaseInput): Promise<CaseCommandResult> {
    assertCanWrite(user, user.tenant);
    const sop = await this.sops.load(input.sopId);
    if (!sop || sop.tenant !== user.tenant) throw notFound('SOP_NOT_FOUND', `SOP ${input.sopId} tidak ditemukan di dinas Anda`);
    const now = this.clock.now();
    const { calendar } = await this.calendars.current(user.tenant);
    const today = localDateOf(now, calendar);
    const version = versionEffectiveOn(sop, today);
    if (!version) throw illegalState('SOP_NOT_EFFECTIVE', `SOP ${sop.nama} tidak memiliki versi yang berlaku pada ${today}`);
    const caseId = this.ids.next();
    const command: CaseCommand = {
      type: 'StartCase',
      caseId,
      sop: { sopId: sop.sopId, version: version.version, content: version.content },
      procedureIndex: input.procedureIndex,
      origin: { kind: 'live' },
      reference: input.reference,
      actor: caseActorOf(user),
      at: now.toISOString(),
    };
    const events = this.decider.decide(command, this.decider.initialState());
    const result = await this.store.append(caseStream(caseId), events.map((e) => ({ type: e.type, data: e.data, metadata: eventMetadata(user, currentCorrelationId()) })), {
      expectedRevision: 'no_stream',
    });
    return { caseId, revision: result.nextExpectedRevision, events };
  }

  async execute(caseId: string, user: AuthenticatedUser, build: (at: string) => CaseCommand, expectedRevision?: number): Promise<CaseCommandResult> {
    const stream = caseStream(caseId);
    const { state, revision, recorded } = await loadAggregate(this.store, stream, this.decider);
    if (recorded.length === 0 || !canRead(user, recorded[0].tenant)) throw notFound('CASE_NOT_FOUND', `Kasus ${caseId} tidak ditemukan`);
    assertCanWrite(user, recorded[0].tenant);
    if (recorded[0].causationId !== null) {
      throw illegalState('CASE_RUN_BY_ANOTHER_SERVICE', `Kasus ${caseId} dijalankan oleh layanan lain; langkahnya dicatat dari layanan tersebut`);
    }
    if (expectedRevision !== undefined && expectedRevision !== revision) throw new WrongExpectedRevisionError(stream, expectedRevision, revision);
    const events = this.decider.decide(build(this.clock.now().toISOString()), state);
    if (events.length === 0) return { caseId, revision, events };
    const metadata = eventMetadata(user, currentCorrelationId());
    const result = await this.store.append(stream, events.map((e) => ({ type: e.type, data: e.data, metadata })), { expectedRevision: revision });
    return { caseId, revision: result.nextExpectedRevision, events };
  }
}
