import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@jejak/domain-kit';
import { ApiEndpoint, canRead, CurrentUser, ReadsAtLeastPosition, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import { ProjectedRevisions } from '@jejak/service-kit';
import type { Response } from 'express';
import { CaseAggregate } from '../../../domain';
import { CaseParams } from '../../dto/case-params.dto';
import type { CaseView } from './get-case.handler';
import { GetCaseQuery } from './get-case.query';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class GetCaseHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly revisions: ProjectedRevisions,
  ) {}

  /** A case with its measurement: each step's working time against its mutu baku, deviations and conformance fitness. */
  @Get(':id')
  @ApiEndpoint({
    summary: 'Get a case with its measurement',
    description: "A case with its measurement: each step's working time against its mutu baku, deviations and conformance fitness. "
      + 'The ETag is the strong stream revision (`If-None-Match` with it answers 304); the body shows at least that revision.',
    path: '/cases/{id}',
    problems: [{ status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 tidak ditemukan' }],
  })
  @ReadsAtLeastPosition()
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseParams, @Res({ passthrough: true }) res: Response): Promise<CaseView> {
    // A case just written may not be projected yet: its stream (the caller's dinas only) says so, and the
    // read waits for it; another dinas's case is a 404 exactly like a missing one.
    const query = new GetCaseQuery(user, params.id);
    const view = await this.queries.execute<GetCaseQuery, CaseView>(query).catch((error: unknown) => {
      if (error instanceof DomainError && error.kind === 'not_found') return undefined;
      throw error;
    });
    const projected = await this.revisions.of(CaseAggregate.stream(params.id), (tenant) => canRead(user, tenant));
    if (!projected) return view ?? this.queries.execute<GetCaseQuery, CaseView>(query);
    setETag(res, projected.revision);
    return view !== undefined && !projected.waited ? view : this.queries.execute<GetCaseQuery, CaseView>(query);
  }
}
