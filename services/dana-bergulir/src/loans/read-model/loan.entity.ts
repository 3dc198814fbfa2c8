import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Installment } from '@jejak/loan-schedule';
import type { PersonalData } from '../../domain';

const bigintNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One row per loan. The person's data sits in its own column (`personal`), to be erased on request. */
@Entity({ name: 'loan' })
export class LoanEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') tenant!: string;
  @Column('text') stage!: string;
  @Column('uuid', { name: 'product_id' }) productId!: string;
  @Column('int', { name: 'product_version' }) productVersion!: number;
  @Column('text', { name: 'applicant_kind' }) applicantKind!: string;
  @Column('text', { name: 'applicant_number' }) applicantNumber!: string;
  @Column('text', { name: 'applicant_name' }) applicantName!: string;
  @Column('jsonb', { nullable: true }) personal!: PersonalData | null;
  @Column('bigint', { transformer: bigintNumber }) amount!: number;
  @Column('text') purpose!: string;
  @Column('text') collateral!: string;
  @Column('date', { name: 'received_on' }) receivedOn!: string;
  @Column('int') returns!: number;
  @Column('jsonb') missing!: string[];
  @Column('text', { nullable: true }) recommendation!: string | null;
  @Column('bigint', { name: 'recommended_amount', nullable: true, transformer: bigintNumber }) recommendedAmount!: number | null;
  @Column('text', { name: 'sk_number', nullable: true }) skNumber!: string | null;
  @Column('date', { name: 'sk_date', nullable: true }) skDate!: string | null;
  @Column('bigint', { name: 'approved_amount', nullable: true, transformer: bigintNumber }) approvedAmount!: number | null;
  @Column('date', { name: 'disbursed_on', nullable: true }) disbursedOn!: string | null;
  @Column('text', { name: 'bank_reference', nullable: true }) bankReference!: string | null;
  @Column('jsonb', { nullable: true }) schedule!: Installment[] | null;
  @Column('bigint', { name: 'principal_paid', transformer: bigintNumber }) principalPaid!: number;
  @Column('bigint', { name: 'interest_paid', transformer: bigintNumber }) interestPaid!: number;
  @Column('int') repayments!: number;
  @Column('date', { name: 'settled_on', nullable: true }) settledOn!: string | null;
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
}
