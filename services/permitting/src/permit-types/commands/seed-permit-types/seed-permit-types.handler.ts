import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { PERMIT_TYPE_SEEDS, PermitTypeAggregate, permitTypeId } from '../../../domain';
import { SeedPermitTypesCommand, type SeedPermitTypesResult } from './seed-permit-types.command';

/** Defines, in the caller's dinas, every seed permit type it does not have yet; existing ones are left as the dinas revised them. */
@CommandHandler(SeedPermitTypesCommand)
export class SeedPermitTypesHandler implements ICommandHandler<SeedPermitTypesCommand, SeedPermitTypesResult> {
  constructor(private readonly pipeline: CommandPipeline, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ user }: SeedPermitTypesCommand): Promise<SeedPermitTypesResult> {
    assertCanWrite(user, user.tenant);
    const result: SeedPermitTypesResult = { defined: [], existing: [] };
    for (const seed of PERMIT_TYPE_SEEDS) {
      const id = permitTypeId(user.tenant, seed.code);
      const loaded = await this.pipeline.load(PermitTypeAggregate, id);
      if (loaded.state.stage !== 'none') {
        result.existing.push(seed.code);
        continue;
      }
      await this.pipeline.execute(PermitTypeAggregate, {
        id,
        command: { type: 'DefinePermitType', tenant: user.tenant, code: seed.code, effectiveFrom: seed.effectiveFrom, content: structuredClone(seed.content), at: this.clock.now().toISOString() },
        metadata: eventMetadata(user, currentCorrelationId()),
        create: true,
      });
      result.defined.push(seed.code);
    }
    return result;
  }
}
