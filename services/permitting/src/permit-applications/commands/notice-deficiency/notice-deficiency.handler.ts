import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { CommandPipeline } from '@jejak/service-kit';
import type { ApplicationOutcome } from '../../../shared/permit-application.response';
import { runApplicationStep } from '../../application-step';
import { NoticeDeficiencyCommand } from './notice-deficiency.command';

@CommandHandler(NoticeDeficiencyCommand)
export class NoticeDeficiencyHandler implements ICommandHandler<NoticeDeficiencyCommand, ApplicationOutcome> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, params, body, expectedRevision }: NoticeDeficiencyCommand): Promise<ApplicationOutcome> {
    return runApplicationStep(this.pipeline, this.clock, { user, id: params.id, expectedRevision }, (at) => ({ type: 'NoticeDeficiency', letterReference: body.letterReference ?? null, at }));
  }
}
