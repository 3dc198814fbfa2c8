import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, validationError, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { PermitApplicationAggregate, PermitTypeAggregate, permitTypeId, versionInForce, type PermitTypeSnapshot } from '../../../domain';
import type { ApplicationOutcome } from '../../../shared/permit-application.response';
import { RegisterApplicationCommand } from './register-application.command';

/** The calendar date in the dinas (WIB; UNVERIFIED for WITA/WIT regions: a per-dinas time zone is not modelled yet). */
const localDate = (instant: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(instant);

@CommandHandler(RegisterApplicationCommand)
export class RegisterApplicationHandler implements ICommandHandler<RegisterApplicationCommand, ApplicationOutcome> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ user, body }: RegisterApplicationCommand): Promise<ApplicationOutcome> {
    assertCanWrite(user, user.tenant);
    const now = this.clock.now();
    // The permit type is read from its own stream (not the read model), so a type just defined is usable at once.
    const type = await this.pipeline.load(PermitTypeAggregate, permitTypeId(user.tenant, body.permitType));
    if (type.state.stage === 'none') {
      throw validationError('PERMIT_TYPE_UNKNOWN', `Jenis izin ${body.permitType} tidak dikenal di dinas ini`, [{ field: 'permitType', message: 'Jenis izin tidak dikenal' }]);
    }
    const version = versionInForce(type.state.versions, localDate(now));
    if (!version) throw validationError('PERMIT_TYPE_NOT_IN_FORCE', `Jenis izin ${body.permitType} belum berlaku`, [{ field: 'permitType', message: 'Belum ada versi yang berlaku hari ini' }]);
    const c = version.content;
    const snapshot: PermitTypeSnapshot = {
      permitType: body.permitType, version: version.version, applicantKinds: c.applicantKinds,
      documents: c.documents.map((d) => d.code), checks: c.checks.map((x) => x.code), outsideSteps: c.outsideSteps.map((s) => s.code),
      ...(c.identifierShapes.nikKoperasi ? { nikKoperasi: { digits: c.identifierShapes.nikKoperasi.digits, ...(c.identifierShapes.nikKoperasi.prefix ? { prefix: c.identifierShapes.nikKoperasi.prefix } : {}) } } : {}),
    };
    const id = this.ids.next();
    return this.pipeline.execute(PermitApplicationAggregate, {
      id,
      command: {
        type: 'RegisterApplication', id, tenant: user.tenant, permitType: snapshot,
        applicant: { ...body.applicant }, personal: { ...body.personal },
        nationalReference: body.nationalReference ? { system: body.nationalReference.system, reference: body.nationalReference.reference } : null,
        at: now.toISOString(),
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
