import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { RedactedLetterView } from '../../../domain';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import { GetSuratKeluarQuery } from './get-surat-keluar.query';
import type { SuratKeluarRead } from './get-surat-keluar.handler';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat keluar')
@ApiBearerAuth()
@Controller('surat-keluar')
export class GetSuratKeluarHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The draft or letter with its paraf rounds, signature and dispatches; the ETag is its revision. */
  @Get(':id')
  @ApiEndpoint({
    summary: 'A draft or outgoing letter',
    description:
      'The draft or letter with its paraf rounds and returns, signature and dispatches, from its stream; the ETag is its revision. ' +
      '`allowedActions` lists what the caller may do next (revise_draft, submit_for_paraf with the `parafChains` each possible signer needs, give_paraf, return_draft, ' +
      'sign, dispatch), each with its `method` and `path`; it is computed by trying each command against the letter with the dinas\'s own rules.',
    path: '/surat-keluar/{id}',
    problems: [400, 403, letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas')],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams, @Res({ passthrough: true }) res: Response): Promise<SuratKeluarRead | RedactedLetterView> {
    const view = await this.queries.execute<GetSuratKeluarQuery, SuratKeluarRead | RedactedLetterView>(new GetSuratKeluarQuery(user, params.id));
    if (!view.redacted) setETag(res, view.revision);
    return view;
  }
}
