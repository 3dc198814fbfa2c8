import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { CaseParams } from '../../dto/case-params.dto';
import type { CaseView } from './get-case.handler';
import { GetCaseQuery } from './get-case.query';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class GetCaseHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** A case with its measurement: each step's working time against its mutu baku, deviations and conformance fitness. */
  @Get(':id')
  @ApiEndpoint({
    summary: 'Get a case with its measurement',
    description: "A case with its measurement: each step's working time against its mutu baku, deviations and conformance fitness.",
    path: '/cases/{id}',
    problems: [{ status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 tidak ditemukan' }],
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseParams): Promise<CaseView> {
    return this.queries.execute(new GetCaseQuery(user, params.id));
  }
}
