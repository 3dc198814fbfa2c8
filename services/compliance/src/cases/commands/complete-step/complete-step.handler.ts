import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { CaseAggregate } from '../../../domain';
import { caseActorOf } from '../../case-actor';
import { caseCommandResult, type CaseCommandResult } from '../../case-command.response';
import { liveCaseCommand } from '../../live-case-command';
import { RoleMappingDirectory } from '../../../role-mappings/role-mapping.directory';
import { CompleteStepCommand } from './complete-step.command';

@CommandHandler(CompleteStepCommand)
export class CompleteStepHandler implements ICommandHandler<CompleteStepCommand, CaseCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly roleMappings: RoleMappingDirectory,
  ) {}

  async execute({ user, caseId, stepKey, body, expectedRevision }: CompleteStepCommand): Promise<CaseCommandResult> {
    const at = this.clock.now().toISOString();
    // A user writes only to their own dinas: the mapping of the case's dinas in force at the step's time.
    const { mapping: pelaksanaMapping } = await this.roleMappings.inForce(user.tenant, at);
    const outcome = await this.pipeline.execute(CaseAggregate, {
      id: caseId,
      command: liveCaseCommand(caseId, user, {
        type: 'CompleteStep',
        pelaksanaMapping,
        stepKey,
        kelengkapanChecked: body.kelengkapanChecked,
        outputProduced: body.outputProduced,
        documentRef: body.documentRef ?? null,
        ...(body.evidence ? { evidence: { reference: body.evidence.reference ?? null, documentId: body.evidence.documentId ?? null } } : {}),
        actor: caseActorOf(user),
        at,
      }),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
    return caseCommandResult(outcome);
  }
}
