import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseActorOf } from '../../case-actor';
import { CaseCommandExecutor, type CaseCommandResult } from '../../case-command.executor';
import { CompleteStepCommand } from './complete-step.command';

@CommandHandler(CompleteStepCommand)
export class CompleteStepHandler implements ICommandHandler<CompleteStepCommand, CaseCommandResult> {
  constructor(private readonly executor: CaseCommandExecutor) {}

  execute({ user, caseId, stepKey, body, expectedRevision }: CompleteStepCommand): Promise<CaseCommandResult> {
    return this.executor.execute(
      caseId,
      user,
      (at) => ({
        type: 'CompleteStep',
        stepKey,
        kelengkapanChecked: body.kelengkapanChecked,
        outputProduced: body.outputProduced,
        documentRef: body.documentRef ?? null,
        actor: caseActorOf(user),
        at,
      }),
      expectedRevision,
    );
  }
}
