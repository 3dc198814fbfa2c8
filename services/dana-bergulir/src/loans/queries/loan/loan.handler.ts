import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { notFound } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import type { Repository } from 'typeorm';
import type { Installment } from '@jejak/loan-schedule';
import type { PersonalData } from '../../../domain';
import { LoanEntity } from '../../read-model/loan.entity';
import { GetLoanQuery } from './loan.query';

export class LoanView {
  @ApiProperty({ example: '5d2a7c1e-9f3b-4a6d-8e0c-1b2f3a4d5e6f' }) id!: string;
  @ApiProperty({ example: '35.01' }) tenant!: string;
  @ApiProperty({ enum: ['submitted', 'incomplete', 'awaiting_verification', 'verified', 'rejected', 'approved', 'active', 'settled'], example: 'submitted' }) stage!: string;
  @ApiProperty({ example: { productId: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b', version: 1 } }) product!: { productId: string; version: number };
  @ApiProperty({ example: { kind: 'usaha', number: '9120001234567', name: 'UD Batik Tulis Sari' } }) applicant!: { kind: string; number: string; name: string };
  @ApiProperty({ nullable: true, description: "Personal data: only for users of the loan's own dinas (null for others in scope)", example: { nik: '3501014512800001', name: 'Sri Lestari', address: 'Jl. Ahmad Yani 10, Pacitan' } })
  personal!: PersonalData | null;
  @ApiProperty({ example: 25_000_000 }) amount!: number;
  @ApiProperty({ example: 'Modal kerja pembelian kain dan malam' }) purpose!: string;
  @ApiProperty({ example: 'BPKB sepeda motor' }) collateral!: string;
  @ApiProperty({ example: '2025-03-03' }) receivedOn!: string;
  @ApiProperty({ example: 0, description: 'How many times the completeness check sent it back' }) returns!: number;
  @ApiProperty({ type: [String], example: [] }) missing!: string[];
  @ApiProperty({ enum: ['approve', 'reduce', 'reject'], nullable: true, example: null }) recommendation!: string | null;
  @ApiProperty({ nullable: true, example: null }) recommendedAmount!: number | null;
  @ApiProperty({ nullable: true, example: null, description: 'The penetapan SK' }) sk!: { number: string; date: string } | null;
  @ApiProperty({ nullable: true, example: null }) approvedAmount!: number | null;
  @ApiProperty({ nullable: true, example: null }) disbursedOn!: string | null;
  @ApiProperty({ nullable: true, example: null }) bankReference!: string | null;
  @ApiProperty({
    nullable: true,
    description: 'The schedule from the disbursement date (integer rupiah)',
    example: [{ number: 1, dueDate: '2025-05-02', principal: 1_966_031, interest: 250_000, total: 2_216_031, balance: 48_033_969 }],
  })
  schedule!: Installment[] | null;
  @ApiProperty({ example: 0, description: 'Pokok received (penerimaan pembiayaan), integer rupiah' }) principalPaid!: number;
  @ApiProperty({ example: 0, description: 'Jasa received (PAD), integer rupiah' }) interestPaid!: number;
  @ApiProperty({ nullable: true, example: null, description: 'Outstanding principal; null before disbursement' }) outstandingPrincipal!: number | null;
  @ApiProperty({ example: 0 }) repayments!: number;
  @ApiProperty({ nullable: true, example: null }) settledOn!: string | null;
  @ApiProperty({ example: 0, description: 'Stream revision the read model has seen; the ETag' }) revision!: number;
}

/** Reads one loan from the read model (eventually consistent with its stream). */
@QueryHandler(GetLoanQuery)
export class GetLoanHandler implements IQueryHandler<GetLoanQuery, LoanView> {
  constructor(@InjectRepository(LoanEntity) private readonly rows: Repository<LoanEntity>) {}

  async execute({ user, id }: GetLoanQuery): Promise<LoanView> {
    const row = await this.rows.findOneBy({ id });
    if (!row || !canRead(user, row.tenant)) throw notFound('LOAN_NOT_FOUND', 'pinjaman tidak ditemukan');
    return {
      id: row.id,
      tenant: row.tenant,
      stage: row.stage,
      product: { productId: row.productId, version: row.productVersion },
      applicant: { kind: row.applicantKind, number: row.applicantNumber, name: row.applicantName },
      // Personal data only to the loan's own dinas; a provincial viewer or auditor in scope sees null.
      personal: user.tenant === row.tenant ? row.personal : null,
      amount: row.amount,
      purpose: row.purpose,
      collateral: row.collateral,
      receivedOn: row.receivedOn,
      returns: row.returns,
      missing: row.missing,
      recommendation: row.recommendation,
      recommendedAmount: row.recommendedAmount,
      sk: row.skNumber && row.skDate ? { number: row.skNumber, date: row.skDate } : null,
      approvedAmount: row.approvedAmount,
      disbursedOn: row.disbursedOn,
      bankReference: row.bankReference,
      schedule: row.schedule,
      principalPaid: row.principalPaid,
      interestPaid: row.interestPaid,
      outstandingPrincipal: row.approvedAmount !== null && row.disbursedOn !== null ? row.approvedAmount - row.principalPaid : null,
      repayments: row.repayments,
      settledOn: row.settledOn,
      revision: row.streamRevision,
    };
  }
}
