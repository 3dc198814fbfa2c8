import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { resolveTimeZone } from '@jejak/working-time';
import type { SopAsOf } from '../../../domain';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopAsOfQuery } from './get-sop-as-of.query';
import { AS_OF_DEFAULT_ZONE, GetSopAsOfRequest } from './get-sop-as-of.request.dto';
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
      'Time travel: the version in force on `date` with its content, the draft as it stood and ' +
      'any retirement. `knowledge=latest` (default) counts versions made effective retroactively, flagged `retroactive`; ' +
      '`knowledge=then` only what had been recorded by the end of that day (for auditors).\n\n' +
      '**Time zone.** `date` is a calendar day `YYYY-MM-DD` or an ISO 8601 date-time. A date-time with an offset ' +
      '(`2024-03-01T16:30:00+08:00`, `...Z`) is that exact instant. A calendar day, and a date-time without an offset, are read in the ' +
      'dinas time zone `zone`: WIB (UTC+7, Asia/Jakarta) unless the request says WITA (UTC+8, Asia/Makassar) or WIT (UTC+9, Asia/Jayapura); ' +
      'the SOP catalogue keeps no per-dinas calendar, so a dinas outside WIB passes its zone. The zone also decides which calendar day an ' +
      'instant falls on (23:30 WIB on 1 March is already 2 March in WITA).',
    path: `${SOP_EXAMPLE_PATH}/as-of`,
    problems: [{ status: 400, code: 'VALIDATION_FAILED', detail: 'Isian tidak valid pada 1 kolom: date.', errors: [{ field: 'date', message: 'date harus berupa tanggal yang ada (YYYY-MM-DD, misalnya 2024-03-01) atau waktu ISO 8601 (misalnya 2024-03-01T10:00:00+07:00; tanpa offset dibaca dalam zona waktu dinas)' }], summary: 'The date is not a date' }, SopProblems.notFound],
  })
  asOf(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams, @Query() query: GetSopAsOfRequest): Promise<SopAsOf> {
    return this.queries.execute(new GetSopAsOfQuery(user, params.id, query.date, query.knowledge ?? 'latest', resolveTimeZone(query.zone ?? AS_OF_DEFAULT_ZONE)));
  }
}
