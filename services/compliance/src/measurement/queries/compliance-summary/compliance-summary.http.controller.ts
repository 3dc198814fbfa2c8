import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { ComplianceSummary } from './compliance-summary.handler';
import { ComplianceSummaryQuery } from './compliance-summary.query';
import { ComplianceSummaryRequest } from './compliance-summary.request.dto';

@ApiTags('Kepatuhan')
@ApiBearerAuth()
@Controller('compliance')
export class ComplianceSummaryHttpController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Figures per SOP, dinas, unit and period: cases started/completed/open, on-time rate per step and overall, median
   * and p90 durations (working time), bottleneck steps, rework, conformance and the open cases overdue now.
   */
  @Get('summary')
  @ApiEndpoint({
    summary: 'Compliance summary',
    description: 'Figures of the measured cases (counts, timeliness against mutu baku, working minutes per step) for a dinas, SOP version, unit and period, grouped by SOP, dinas or unit.',
    path: '/compliance/summary',
    problems: [400, 403],
  })
  summary(@CurrentUser() user: AuthenticatedUser, @Query() query: ComplianceSummaryRequest): Promise<ComplianceSummary> {
    return this.queries.execute(new ComplianceSummaryQuery(user, query));
  }
}
