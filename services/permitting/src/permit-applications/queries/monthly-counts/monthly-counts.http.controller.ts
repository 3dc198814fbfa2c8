import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { MonthlyCountsView } from './monthly-counts.handler';
import { GetMonthlyCountsQuery } from './monthly-counts.query';
import { MonthlyCountsQueryParams } from './monthly-counts.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-reports')
export class GetMonthlyCountsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('monthly')
  @AllowReadOnlyRoles()
  @ApiEndpoint({
    summary: 'Read the monthly counts of the dinas per permit type',
    description: 'Applications received (registered in the month), issued, refused and withdrawn (closed in the month), their deficiency rounds, and the median dinas and outside hours of the permits issued, months in WIB.',
    response: { type: MonthlyCountsView },
    path: '/permit-reports/monthly',
    problems: [400],
  })
  get(@CurrentUser() user: AuthenticatedUser, @Query() query: MonthlyCountsQueryParams): Promise<MonthlyCountsView> {
    return this.queries.execute<GetMonthlyCountsQuery, MonthlyCountsView>(new GetMonthlyCountsQuery(user, query.month));
  }
}
