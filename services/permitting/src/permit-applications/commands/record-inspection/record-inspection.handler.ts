import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { CommandPipeline } from '@jejak/service-kit';
import type { ApplicationOutcome } from '../../../shared/permit-application.response';
import { runApplicationStep } from '../../application-step';
import { RecordInspectionCommand } from './record-inspection.command';

@CommandHandler(RecordInspectionCommand)
export class RecordInspectionHandler implements ICommandHandler<RecordInspectionCommand, ApplicationOutcome> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, params, body, expectedRevision }: RecordInspectionCommand): Promise<ApplicationOutcome> {
    return runApplicationStep(this.pipeline, this.clock, { user, id: params.id, expectedRevision }, (at) => ({ type: 'RecordInspection', answers: body.answers.map(({ check, answer }) => ({ check, answer })), report: body.report, at }));
  }
}
