import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import type { CaseAggregates } from '../../../domain';
import { figuresOf } from '../../case-figures';
import { MeasuredCasesLoader, type MeasuredCase } from '../../measured-cases.loader';
import { ComplianceSummaryQuery } from './compliance-summary.query';

export interface ComplianceGroup {
  key: { sopId?: string; version?: number; nomor?: string | null; nama?: string; tenant?: string; unit?: string };
  figures: CaseAggregates;
}

export type ComplianceSummary = { filter: object; figures: CaseAggregates } | { filter: object; groups: ComplianceGroup[] };

const GROUP_KEYS: Record<'sop' | 'tenant' | 'unit', (c: MeasuredCase) => ComplianceGroup['key']> = {
  sop: (c) => ({ sopId: c.sopId, version: c.version, nomor: c.nomor, nama: c.nama }),
  tenant: (c) => ({ tenant: c.tenant }),
  unit: (c) => ({ tenant: c.tenant, unit: c.unit }),
};

@QueryHandler(ComplianceSummaryQuery)
export class ComplianceSummaryHandler implements IQueryHandler<ComplianceSummaryQuery, ComplianceSummary> {
  constructor(
    private readonly loader: MeasuredCasesLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, filter }: ComplianceSummaryQuery): Promise<ComplianceSummary> {
    const { groupBy, ...caseFilter } = filter;
    const cases = await this.loader.load(user, caseFilter);
    const calendars = await this.loader.calendars(cases.map((c) => c.tenant));
    const asOf = this.clock.now().toISOString();
    if (!groupBy) return { filter: caseFilter, figures: figuresOf(cases, calendars, asOf) };
    const groups = new Map<string, { key: ComplianceGroup['key']; cases: MeasuredCase[] }>();
    for (const c of cases) {
      const key = GROUP_KEYS[groupBy](c);
      const id = JSON.stringify(key);
      groups.set(id, { key, cases: [...(groups.get(id)?.cases ?? []), c] });
    }
    return {
      filter: caseFilter,
      groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => ({ key: g.key, figures: figuresOf(g.cases, calendars, asOf) })),
    };
  }
}
