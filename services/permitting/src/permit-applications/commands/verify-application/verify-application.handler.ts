import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { CommandPipeline } from '@jejak/service-kit';
import type { ApplicationOutcome } from '../../../shared/permit-application.response';
import { runApplicationStep } from '../../application-step';
import { VerifyApplicationCommand } from './verify-application.command';

@CommandHandler(VerifyApplicationCommand)
export class VerifyApplicationHandler implements ICommandHandler<VerifyApplicationCommand, ApplicationOutcome> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, params, expectedRevision }: VerifyApplicationCommand): Promise<ApplicationOutcome> {
    return runApplicationStep(this.pipeline, this.clock, { user, id: params.id, expectedRevision }, (at) => ({ type: 'VerifyApplication', at }));
  }
}
