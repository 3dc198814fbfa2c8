import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { outsideMilliseconds } from '../../../domain';
import { PermitApplicationEntity } from '../../read-model/permit-application.entity';
import { GetPermitRegisterQuery } from './permit-register.query';

export class PermitRegisterEntry {
  @ApiProperty({ example: 1, description: 'Running number in the register' }) no!: number;
  @ApiProperty({ example: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b' }) applicationId!: string;
  @ApiProperty({ example: '2025-03-03T01:00:00.000Z' }) registeredAt!: string;
  @ApiProperty({ example: 'business' }) applicantKind!: string;
  @ApiProperty({ nullable: true, example: 'CV Batik Pacitan' }) organisationName!: string | null;
  @ApiProperty({ nullable: true, example: 'OSS-2025-000123' }) nationalReference!: string | null;
  @ApiProperty({ example: 'closed' }) stage!: string;
  @ApiProperty({ example: 2 }) deficiencyRounds!: number;
  @ApiProperty({ nullable: true, example: 'issued' }) outcome!: string | null;
  @ApiProperty({ nullable: true, example: 'IUI-3501-2025-000123' }) permitNumber!: string | null;
  @ApiProperty({ nullable: true, example: '2025-03-08' }) issuedOn!: string | null;
  @ApiProperty({ nullable: true, example: null }) validUntil!: string | null;
  @ApiProperty({ example: 40, description: 'Hours waiting outside the dinas' }) outsideHours!: number;
}

export class PermitRegisterView {
  @ApiProperty({ example: '35.01' }) tenant!: string;
  @ApiProperty({ example: 'IUI_REKOMTEK' }) permitType!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ type: [PermitRegisterEntry] }) entries!: PermitRegisterEntry[];
}

/** The book a dinas keeps today, from the read model: no personal data (names, NIK stay in the erasable events). */
@QueryHandler(GetPermitRegisterQuery)
export class GetPermitRegisterHandler implements IQueryHandler<GetPermitRegisterQuery, PermitRegisterView> {
  constructor(@InjectRepository(PermitApplicationEntity) private readonly rows: Repository<PermitApplicationEntity>) {}

  async execute({ user, code, year }: GetPermitRegisterQuery): Promise<PermitRegisterView> {
    const rows = await this.rows
      .createQueryBuilder('a')
      .where('a.tenant = :tenant AND a.permit_type = :code', { tenant: user.tenant, code })
      .andWhere(`date_part('year', a.registered_at AT TIME ZONE 'Asia/Jakarta') = :year`, { year })
      .orderBy('a.registered_at', 'ASC').addOrderBy('a.id', 'ASC')
      .getMany();
    return {
      tenant: user.tenant, permitType: code, year,
      entries: rows.map((r, i) => ({
        no: i + 1, applicationId: r.id, registeredAt: r.registeredAt.toISOString(), applicantKind: r.applicantKind, organisationName: r.organisationName,
        nationalReference: r.nationalReference, stage: r.stage, deficiencyRounds: r.deficiencyRounds, outcome: r.outcome, permitNumber: r.permitNumber,
        issuedOn: r.issuedOn, validUntil: r.validUntil, outsideHours: Math.round((outsideMilliseconds(r.outsideSteps) / 3_600_000) * 100) / 100,
      })),
    };
  }
}
