import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { CommandPipeline } from '@jejak/service-kit';
import type { ApplicationOutcome } from '../../../shared/permit-application.response';
import { runApplicationStep } from '../../application-step';
import { RecordOutsideStepCommand } from './record-outside-step.command';

@CommandHandler(RecordOutsideStepCommand)
export class RecordOutsideStepHandler implements ICommandHandler<RecordOutsideStepCommand, ApplicationOutcome> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, params, body, expectedRevision }: RecordOutsideStepCommand): Promise<ApplicationOutcome> {
    return runApplicationStep(this.pipeline, this.clock, { user, id: params.id, expectedRevision }, (at) => ({ type: 'RecordOutsideStep', step: body.step, reference: body.reference, startedAt: new Date(body.startedAt).toISOString(), completedAt: new Date(body.completedAt).toISOString(), at }));
  }
}
