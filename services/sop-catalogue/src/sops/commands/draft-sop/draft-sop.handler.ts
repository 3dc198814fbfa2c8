import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, createIdFor, requestFingerprint } from '@jejak/service-kit';
import { SopAggregate } from '../../../domain';
import type { SopCommandOutcome } from '../../sop-command.response';
import { DraftSopCommand } from './draft-sop.command';

/**
 * Drafts a new SOP in the user's own dinas: a new stream, with the id the client chose (`sopId`),
 * one derived from its `Idempotency-Key`, or a new one. A retry of the same request (same user, same
 * body) returns the first result; another request with the same id or key is a 409.
 */
@CommandHandler(DraftSopCommand)
export class DraftSopHandler implements ICommandHandler<DraftSopCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ user, unit, content, retry }: DraftSopCommand): Promise<SopCommandOutcome> {
    const retryable = retry.sopId !== undefined || retry.idempotencyKey !== undefined;
    const sopId = createIdFor({ tenant: user.tenant, clientId: retry.sopId, idempotencyKey: retry.idempotencyKey, newId: () => this.ids.next(), field: 'sopId' });
    const fingerprint = requestFingerprint({ op: 'POST /sops', tenant: user.tenant, user: user.userId, sopId, unit, content });
    return this.pipeline.execute(SopAggregate, {
      id: sopId,
      command: { type: 'DraftSop', sopId, issuer: { tenant: user.tenant, unit }, content, origin: { kind: 'scratch' }, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
      ...(retryable ? { idempotency: { fingerprint } } : {}),
    });
  }
}
