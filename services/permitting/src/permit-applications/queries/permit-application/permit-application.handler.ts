import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { notFound } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import type { Repository } from 'typeorm';
import { outsideMilliseconds } from '../../../domain';
import { PermitApplicationEntity } from '../../read-model/permit-application.entity';
import { GetPermitApplicationQuery } from './permit-application.query';

export class PermitApplicationView {
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b' }) id!: string;
  @ApiProperty({ example: '35.01' }) tenant!: string;
  @ApiProperty({ example: 'IUI_REKOMTEK' }) permitType!: string;
  @ApiProperty({ example: 1 }) permitTypeVersion!: number;
  @ApiProperty({ enum: ['business', 'cooperative', 'person'], example: 'business' }) applicantKind!: string;
  @ApiProperty({ nullable: true, example: 'CV Batik Pacitan' }) organisationName!: string | null;
  @ApiProperty({ nullable: true, example: { system: 'OSS', reference: 'OSS-2025-000123' } }) nationalReference!: { system: string; reference: string } | null;
  @ApiProperty({ enum: ['checking', 'deficient', 'verified', 'closed'], example: 'deficient' }) stage!: string;
  @ApiProperty({ enum: ['dinas', 'pemohon', 'selesai'], example: 'pemohon', description: 'Whose turn it is' }) turn!: string;
  @ApiProperty({ example: { nib: { status: 'rejected', contentHash: '9f86…', reason: 'NIB tidak sesuai' } } }) documents!: Record<string, { status: string; contentHash: string; reason?: string }>;
  @ApiProperty({ example: 1 }) deficiencyRounds!: number;
  @ApiProperty({ example: false }) inspected!: boolean;
  @ApiProperty({ example: [{ step: 'oss-rekomtek-diterima', reference: 'OSS-IUI-77', startedAt: '2025-03-10T02:00:00.000Z', completedAt: '2025-03-12T04:00:00.000Z' }] }) outsideSteps!: { step: string; reference: string; startedAt: string; completedAt: string }[];
  @ApiProperty({ example: 180000000, description: 'Elapsed milliseconds from registration to the outcome (or now)' }) elapsedMs!: number;
  @ApiProperty({ example: 180000000, description: 'Of which outside the dinas (outside steps)' }) outsideMs!: number;
  @ApiProperty({ nullable: true, enum: ['issued', 'refused', 'withdrawn'], example: null }) outcome!: string | null;
  @ApiProperty({ nullable: true, example: null }) permitNumber!: string | null;
  @ApiProperty({ nullable: true, example: null }) issuedOn!: string | null;
  @ApiProperty({ nullable: true, example: null }) validUntil!: string | null;
  @ApiProperty({ example: '2025-03-03T01:00:00.000Z' }) registeredAt!: string;
  @ApiProperty({ example: 3, description: 'Stream revision; the ETag' }) revision!: number;
}

const TURN: Record<string, string> = { checking: 'dinas', deficient: 'pemohon', verified: 'dinas', closed: 'selesai' };

@QueryHandler(GetPermitApplicationQuery)
export class GetPermitApplicationHandler implements IQueryHandler<GetPermitApplicationQuery, PermitApplicationView> {
  constructor(@InjectRepository(PermitApplicationEntity) private readonly rows: Repository<PermitApplicationEntity>) {}

  async execute({ user, id, now }: GetPermitApplicationQuery): Promise<PermitApplicationView> {
    const row = await this.rows.findOneBy({ id });
    // Another dinas's application is reported as not found, so its existence does not leak.
    if (!row || !canRead(user, row.tenant)) throw notFound('APPLICATION_NOT_FOUND', 'Permohonan tidak ditemukan');
    const end = row.closedAt ?? now;
    return {
      id: row.id, tenant: row.tenant, permitType: row.permitType, permitTypeVersion: row.permitTypeVersion, applicantKind: row.applicantKind,
      organisationName: row.organisationName,
      nationalReference: row.nationalSystem && row.nationalReference ? { system: row.nationalSystem, reference: row.nationalReference } : null,
      stage: row.stage, turn: TURN[row.stage] ?? 'dinas', documents: row.documents, deficiencyRounds: row.deficiencyRounds, inspected: row.inspected,
      outsideSteps: row.outsideSteps, elapsedMs: Math.max(0, end.getTime() - row.registeredAt.getTime()), outsideMs: outsideMilliseconds(row.outsideSteps),
      outcome: row.outcome, permitNumber: row.permitNumber, issuedOn: row.issuedOn, validUntil: row.validUntil,
      registeredAt: row.registeredAt.toISOString(), revision: row.streamRevision,
    };
  }
}
