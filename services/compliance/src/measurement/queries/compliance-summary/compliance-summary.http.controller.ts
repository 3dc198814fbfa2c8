import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
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
  summary(@CurrentUser() user: AuthenticatedUser, @Query() query: ComplianceSummaryRequest): Promise<ComplianceSummary> {
    return this.queries.execute(new ComplianceSummaryQuery(user, query));
  }
}
