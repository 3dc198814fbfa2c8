import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
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
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseParams): Promise<CaseView> {
    return this.queries.execute(new GetCaseQuery(user, params.id));
  }
}
