import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { SopAsOf } from '../../../domain';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopAsOfQuery } from './get-sop-as-of.query';
import { GetSopAsOfRequest } from './get-sop-as-of.request.dto';
import { SOP_EXAMPLE_PATH, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class GetSopAsOfHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** Time travel: the SOP exactly as it was on a date — the version in force and the draft as it stood. */
  @Get(':id/as-of')
  @ApiEndpoint({
    summary: 'The SOP as of a date',
    description:
      'Time travel: the version in force on `date` (a dinas calendar day or an ISO instant) with its content, the draft as it stood and ' +
      'any retirement. `knowledge=latest` (default) counts versions made effective retroactively, flagged `retroactive`; ' +
      '`knowledge=then` only what had been recorded by the end of that day (for auditors).',
    path: `${SOP_EXAMPLE_PATH}/as-of`,
    problems: [{ status: 400, code: 'VALIDATION_FAILED', detail: 'Isian tidak valid pada 1 kolom: date.', errors: [{ field: 'date', message: 'harus berupa tanggal YYYY-MM-DD atau waktu ISO 8601' }], summary: 'The date is not a date' }, SopProblems.notFound],
  })
  asOf(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams, @Query() query: GetSopAsOfRequest): Promise<SopAsOf> {
    return this.queries.execute(new GetSopAsOfQuery(user, params.id, query.date, query.knowledge ?? 'latest'));
  }
}
