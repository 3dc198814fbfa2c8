import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, validationError, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { LoanAggregate, LoanProductAggregate, versionInForce, type LoanEvent, type LoanState } from '../../../domain';
import { ProposeLoanCommand } from './propose-loan.command';

@CommandHandler(ProposeLoanCommand)
export class ProposeLoanHandler implements ICommandHandler<ProposeLoanCommand, CommandOutcome<LoanEvent, LoanState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ user, request }: ProposeLoanCommand): Promise<CommandOutcome<LoanEvent, LoanState>> {
    assertCanWrite(user, user.tenant);
    const { state: product } = await this.pipeline.load(LoanProductAggregate, request.productId);
    // A product of another dinas is as unknown as a missing one.
    if (product.stage === 'none' || product.tenant !== user.tenant || !canRead(user, product.tenant)) {
      throw validationError('LOAN_PRODUCT_NOT_FOUND', 'Produk pinjaman tidak ditemukan di dinas Anda', [{ field: 'productId', message: 'Produk pinjaman tidak ditemukan di dinas Anda' }]);
    }
    const version = versionInForce(product, request.receivedOn);
    const id = this.ids.next();
    return this.pipeline.execute(LoanAggregate, {
      id,
      command: {
        type: 'ProposeLoan',
        id,
        tenant: user.tenant,
        product: version ? { productId: product.id, version: version.version, terms: version.terms } : null,
        receivedOn: request.receivedOn,
        applicant: request.applicant,
        personal: request.personal,
        amount: request.amount,
        purpose: request.purpose,
        collateral: request.collateral,
        at: this.clock.now().toISOString(),
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
    });
  }
}
