import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { CaseAggregate } from '../../../domain';
import { caseActorOf } from '../../case-actor';
import { caseCommandResult, type CaseCommandResult } from '../../case-command.response';
import { liveCaseCommand } from '../../live-case-command';
import { StartStepCommand } from './start-step.command';

@CommandHandler(StartStepCommand)
export class StartStepHandler implements ICommandHandler<StartStepCommand, CaseCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, caseId, stepKey, expectedRevision }: StartStepCommand): Promise<CaseCommandResult> {
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(CaseAggregate, {
      id: caseId,
      command: liveCaseCommand(caseId, user, { type: 'StartStep', stepKey, actor: caseActorOf(user), at }),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
    return caseCommandResult(outcome);
  }
}
