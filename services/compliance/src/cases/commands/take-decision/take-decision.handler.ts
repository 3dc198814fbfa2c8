import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { CaseAggregate } from '../../../domain';
import { caseActorOf } from '../../case-actor';
import { caseCommandResult, type CaseCommandResult } from '../../case-command.response';
import { liveCaseCommand } from '../../live-case-command';
import { TakeDecisionCommand } from './take-decision.command';

@CommandHandler(TakeDecisionCommand)
export class TakeDecisionHandler implements ICommandHandler<TakeDecisionCommand, CaseCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, caseId, stepKey, answer, expectedRevision }: TakeDecisionCommand): Promise<CaseCommandResult> {
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(CaseAggregate, {
      id: caseId,
      command: liveCaseCommand(caseId, user, { type: 'TakeDecision', stepKey, answer, actor: caseActorOf(user), at }),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
    return caseCommandResult(outcome);
  }
}
