import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { calendarDateAt, SopAggregate, type SopCommand } from '../../../domain';
import type { SopCommandOutcome } from '../../sop-command.response';
import { writableSop } from '../../sop-write.guard';
import { RegisterSopOnPaperCommand } from './register-sop-on-paper.command';

@CommandHandler(RegisterSopOnPaperCommand)
export class RegisterSopOnPaperHandler implements ICommandHandler<RegisterSopOnPaperCommand, SopCommandOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(c: RegisterSopOnPaperCommand): Promise<SopCommandOutcome> {
    return this.pipeline.execute(SopAggregate, {
      id: c.sopId,
      command: (state): SopCommand => {
        writableSop(state, c.sopId, c.user);
        const at = this.clock.now().toISOString();
        const { signedBy, approvedOn, effectiveFrom, original } = c.body;
        return {
          type: 'RegisterSopInForceOnPaper',
          version: c.version,
          signedBy: { nama: signedBy.nama, nip: signedBy.nip ?? null, jabatan: signedBy.jabatan },
          approvedOn,
          effectiveFrom,
          original: { reference: original.reference ?? null, documentId: original.documentId ?? null },
          today: calendarDateAt(at),
          at,
        };
      },
      metadata: eventMetadata(c.user, currentCorrelationId()),
      expectedRevision: c.expectedRevision,
    });
  }
}
