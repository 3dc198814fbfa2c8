import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { monthlyCounts, type ApplicationFacts } from '../../../domain';
import { PermitApplicationEntity } from '../../read-model/permit-application.entity';
import { GetMonthlyCountsQuery } from './monthly-counts.query';

/** WIB (UTC+7). UNVERIFIED for dinas in WITA/WIT: a per-dinas time zone is not modelled yet. */
const WIB_MINUTES = 420;

export class PermitTypeMonthView {
  @ApiProperty({ example: 'IUI_REKOMTEK' }) permitType!: string;
  @ApiProperty({ example: 3 }) received!: number;
  @ApiProperty({ example: 2 }) issued!: number;
  @ApiProperty({ example: 1 }) refused!: number;
  @ApiProperty({ example: 0 }) withdrawn!: number;
  @ApiProperty({ example: 3 }) deficiencyRounds!: number;
  @ApiProperty({ nullable: true, example: 53 }) medianDinasHours!: number | null;
  @ApiProperty({ nullable: true, example: 24 }) medianOutsideHours!: number | null;
}

export class MonthlyCountsView {
  @ApiProperty({ example: '35.01' }) tenant!: string;
  @ApiProperty({ example: '2025-03' }) month!: string;
  @ApiProperty({ type: [PermitTypeMonthView] }) permitTypes!: PermitTypeMonthView[];
}

@QueryHandler(GetMonthlyCountsQuery)
export class GetMonthlyCountsHandler implements IQueryHandler<GetMonthlyCountsQuery, MonthlyCountsView> {
  constructor(@InjectRepository(PermitApplicationEntity) private readonly rows: Repository<PermitApplicationEntity>) {}

  async execute({ user, month }: GetMonthlyCountsQuery): Promise<MonthlyCountsView> {
    // Candidates: registered or closed within a day of the month (the pure function decides in WIB).
    const from = new Date(`${month}-01T00:00:00.000Z`);
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const rows = await this.rows
      .createQueryBuilder('a')
      .where('a.tenant = :tenant', { tenant: user.tenant })
      .andWhere(`((a.registered_at >= :lo AND a.registered_at < :hi) OR (a.closed_at >= :lo AND a.closed_at < :hi))`, {
        lo: new Date(from.getTime() - 86_400_000), hi: new Date(to.getTime() + 86_400_000),
      })
      .getMany();
    const facts: ApplicationFacts[] = rows.map((r) => ({
      permitType: r.permitType, registeredAt: r.registeredAt.toISOString(), closedAt: r.closedAt?.toISOString() ?? null,
      outcome: (r.outcome as ApplicationFacts['outcome']) ?? null, deficiencyRounds: r.deficiencyRounds, outsideSteps: r.outsideSteps,
    }));
    return { tenant: user.tenant, month, permitTypes: monthlyCounts(facts, month, WIB_MINUTES) };
  }
}
