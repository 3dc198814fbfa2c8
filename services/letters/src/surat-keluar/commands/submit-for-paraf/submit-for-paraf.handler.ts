import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import type { Person } from '../../../domain';
import type { PersonDto } from '../../../shared/dto/letter-values.dto';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_KELUAR } from '../../../shared/letter-kinds';
import { SubmitForParafCommand } from './submit-for-paraf.command';

const person = (p: PersonDto): Person => ({ userId: p.userId, name: p.name, role: p.role });

/** The drafter submits the draft to the paraf chain of its jenis (a new round each time). */
@CommandHandler(SubmitForParafCommand)
export class SubmitForParafHandler implements ICommandHandler<SubmitForParafCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, body, expectedRevision }: SubmitForParafCommand): Promise<LetterCommandResult> {
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).keluar, {
      id: letterId,
      command: forWriter(SURAT_KELUAR, user, letterId, () => ({ type: 'SubmitDraftForParaf', by: actingUser(user), at, data: { letterId, reviewers: body.reviewers.map(person), signer: person(body.signer) } })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_KELUAR, user.tenant, letterId, at),
    });
    return letterResult(outcome);
  }
}
