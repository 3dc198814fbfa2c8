import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { CommandPipeline } from '@jejak/service-kit';
import type { ApplicationOutcome } from '../../../shared/permit-application.response';
import { runApplicationStep } from '../../application-step';
import { CheckDocumentCommand } from './check-document.command';

@CommandHandler(CheckDocumentCommand)
export class CheckDocumentHandler implements ICommandHandler<CheckDocumentCommand, ApplicationOutcome> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, params, body, expectedRevision }: CheckDocumentCommand): Promise<ApplicationOutcome> {
    return runApplicationStep(this.pipeline, this.clock, { user, id: params.id, expectedRevision }, (at) => ({ type: 'CheckDocument', document: params.document, verdict: body.verdict, ...(body.reason === undefined ? {} : { reason: body.reason }), at }));
  }
}
