import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { RedactedLetterView } from '../../../domain';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import { GetSuratMasukQuery } from './get-surat-masuk.query';
import type { SuratMasukRead } from './get-surat-masuk.handler';
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
    description:
      'The letter with its whole disposition tree and reports, from its stream; the ETag is its revision (send it as If-Match). ' +
      '`allowedActions` lists what the caller may do next (read, send_disposisi with the `recipientRoles` allowed, acknowledge_disposisi, report_follow_up, ' +
      'close_disposisi, link_sop_case, close), each with its `method` and `path`; it is computed by trying each command against the letter with the dinas\'s own rules.',
    path: '/surat-masuk/{id}',
    problems: [400, 403, letterProblem(404, 'SURAT_MASUK_NOT_FOUND', 'No such letter in your dinas')],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams, @Res({ passthrough: true }) res: Response): Promise<SuratMasukRead | RedactedLetterView> {
    const view = await this.queries.execute<GetSuratMasukQuery, SuratMasukRead | RedactedLetterView>(new GetSuratMasukQuery(user, params.id));
    if (!view.redacted) setETag(res, view.revision);
    return view;
  }
}
