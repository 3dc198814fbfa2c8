import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { CommandPipeline } from '@jejak/service-kit';
import type { ApplicationOutcome } from '../../../shared/permit-application.response';
import { runApplicationStep } from '../../application-step';
import { ReceiveDocumentCommand } from './receive-document.command';

@CommandHandler(ReceiveDocumentCommand)
export class ReceiveDocumentHandler implements ICommandHandler<ReceiveDocumentCommand, ApplicationOutcome> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  execute({ user, params, body, expectedRevision }: ReceiveDocumentCommand): Promise<ApplicationOutcome> {
    return runApplicationStep(this.pipeline, this.clock, { user, id: params.id, expectedRevision }, (at) => ({ type: 'ReceiveDocument', document: params.document, contentHash: body.contentHash, at }));
  }
}
