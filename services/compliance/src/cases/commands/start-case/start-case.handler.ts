import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, illegalState, notFound, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, createIdFor, requestFingerprint } from '@jejak/service-kit';
import { DinasCalendarReader } from '../../../calendars/dinas-calendar.reader';
import { localDateOf } from '../../../calendars/local-date';
import { CaseAggregate } from '../../../domain';
import { versionEffectiveOn } from '../../../sop-registry/sop-versions';
import { SopVersionsReader } from '../../../sop-registry/sop-versions.reader';
import { caseActorOf } from '../../case-actor';
import { caseCommandResult, type CaseCommandResult } from '../../case-command.response';
import { StartCaseCommand } from './start-case.command';

/**
 * Starts a live case in the user's dinas, pinned to the SOP version in force today on the dinas's calendar. The case id
 * is the client's `caseId`, else derived from the `Idempotency-Key`, else a new one: with either, a retry of the same
 * request returns the first result (nothing written again), and another request with that id or key is a 409.
 */
@CommandHandler(StartCaseCommand)
export class StartCaseHandler implements ICommandHandler<StartCaseCommand, CaseCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly sops: SopVersionsReader,
    private readonly calendars: DinasCalendarReader,
  ) {}

  async execute({ user, body, idempotencyKey }: StartCaseCommand): Promise<CaseCommandResult> {
    assertCanWrite(user, user.tenant);
    const sop = await this.sops.load(body.sopId);
    if (!sop || sop.tenant !== user.tenant) throw notFound('SOP_NOT_FOUND', `SOP ${body.sopId} tidak ditemukan di dinas Anda`);
    const now = this.clock.now();
    const { calendar } = await this.calendars.current(user.tenant);
    const today = localDateOf(now, calendar);
    const version = versionEffectiveOn(sop, today);
    if (!version) throw illegalState('SOP_NOT_EFFECTIVE', `SOP ${sop.nama} tidak memiliki versi yang berlaku pada ${today}`);
    const caseId = createIdFor({ tenant: user.tenant, clientId: body.caseId, idempotencyKey, newId: () => this.ids.next(), field: 'caseId' });
    const retryable = body.caseId !== undefined || idempotencyKey !== undefined;
    // The same request: the same (normalised) case id and the rest of the body as sent.
    const { caseId: _chosen, ...request } = body;
    const outcome = await this.pipeline.execute(CaseAggregate, {
      id: caseId,
      create: true,
      ...(retryable ? { idempotency: { fingerprint: requestFingerprint({ op: 'POST /cases', tenant: user.tenant, user: user.userId, caseId, body: request }) } } : {}),
      command: {
        type: 'StartCase',
        caseId,
        sop: { sopId: sop.sopId, version: version.version, content: version.content },
        procedureIndex: body.procedureIndex ?? null,
        origin: { kind: 'live' },
        reference: body.reference ?? null,
        ...(body.teams ? { teams: body.teams.map((t) => ({ lane: t.lane, members: t.members.map((m) => ({ userId: m.userId, name: m.name, jabatan: m.jabatan })) })) } : {}),
        ...(body.externalLanes ? { externalLanes: [...body.externalLanes] } : {}),
        actor: caseActorOf(user),
        at: now.toISOString(),
      },
      metadata: eventMetadata(user, currentCorrelationId()),
    });
    return caseCommandResult(outcome);
  }
}
