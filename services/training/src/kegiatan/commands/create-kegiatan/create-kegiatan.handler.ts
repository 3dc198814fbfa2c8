import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { KegiatanAggregate, type KegiatanEvent, type KegiatanState } from '../../../domain';
import { CreateKegiatanCommand } from './create-kegiatan.command';

@CommandHandler(CreateKegiatanCommand)
export class CreateKegiatanHandler implements ICommandHandler<CreateKegiatanCommand, CommandOutcome<KegiatanEvent, KegiatanState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ user, title }: CreateKegiatanCommand): Promise<CommandOutcome<KegiatanEvent, KegiatanState>> {
    assertCanWrite(user, user.tenant);
    const id = this.ids.next();
    return this.pipeline.execute(KegiatanAggregate, {
      id,
      command: { type: 'CreateKegiatan', id, tenant: user.tenant, title, at: this.clock.now().toISOString() },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
