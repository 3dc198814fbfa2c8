import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { SopAsOf } from '../../../domain';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopAsOfQuery } from './get-sop-as-of.query';
import { GetSopAsOfRequest } from './get-sop-as-of.request.dto';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class GetSopAsOfHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Time travel: the SOP exactly as it was on a date — the version in force and the draft as it stood. */
  @Get(':id/as-of')
  asOf(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams, @Query() query: GetSopAsOfRequest): Promise<SopAsOf> {
    return this.queries.execute(new GetSopAsOfQuery(user, params.id, query.date, query.knowledge ?? 'latest'));
  }
}
