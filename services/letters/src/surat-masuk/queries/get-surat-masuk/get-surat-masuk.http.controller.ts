import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { RedactedLetterView } from '../../../domain';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import { GetSuratMasukQuery } from './get-surat-masuk.query';
import type { SuratMasukDetail } from './surat-masuk.detail';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat masuk')
@ApiBearerAuth()
@Controller('surat-masuk')
export class GetSuratMasukHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The letter with its whole disposition tree, from its stream; the ETag is its revision (use it as If-Match). */
  @Get(':id')
  @ApiEndpoint({
    summary: 'An incoming letter',
    description: 'The letter with its whole disposition tree and reports, from its stream; the ETag is its revision (send it as If-Match).',
    path: '/surat-masuk/{id}',
    problems: [400, 403, letterProblem(404, 'SURAT_MASUK_NOT_FOUND', 'No such letter in your dinas')],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams, @Res({ passthrough: true }) res: Response): Promise<SuratMasukDetail | RedactedLetterView> {
    const view = await this.queries.execute<GetSuratMasukQuery, SuratMasukDetail | RedactedLetterView>(new GetSuratMasukQuery(user, params.id));
    if (!view.redacted) setETag(res, view.revision);
    return view;
  }
}
