import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per application: where it is and whose turn it is; no personal data (that stays in the events). */
@Entity({ name: 'permit_application' })
export class PermitApplicationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') tenant!: string;
  @Column('text', { name: 'permit_type' }) permitType!: string;
  @Column('int', { name: 'permit_type_version' }) permitTypeVersion!: number;
  @Column('text', { name: 'applicant_kind' }) applicantKind!: string;
  @Column('text', { name: 'organisation_name', nullable: true }) organisationName!: string | null;
  @Column('text', { name: 'national_system', nullable: true }) nationalSystem!: string | null;
  @Column('text', { name: 'national_reference', nullable: true }) nationalReference!: string | null;
  @Column('text') stage!: string;
  @Column('jsonb') documents!: Record<string, { status: string; contentHash: string; reason?: string }>;
  @Column('int', { name: 'deficiency_rounds' }) deficiencyRounds!: number;
  @Column('boolean') inspected!: boolean;
  @Column('jsonb', { name: 'outside_steps' }) outsideSteps!: { step: string; reference: string; startedAt: string; completedAt: string }[];
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('text', { name: 'permit_number', nullable: true }) permitNumber!: string | null;
  @Column('date', { name: 'issued_on', nullable: true }) issuedOn!: string | null;
  @Column('date', { name: 'valid_until', nullable: true }) validUntil!: string | null;
  @Column('timestamptz', { name: 'registered_at' }) registeredAt!: Date;
  @Column('timestamptz', { name: 'verified_at', nullable: true }) verifiedAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('int', { name: 'stream_revision' }) streamRevision!: number;
}
