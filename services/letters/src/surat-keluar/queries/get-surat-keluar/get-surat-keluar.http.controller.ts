import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { RedactedLetterView } from '../../../domain';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import { GetSuratKeluarQuery } from './get-surat-keluar.query';
import type { SuratKeluarDetail } from './surat-keluar.detail';
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
    description: 'The draft or letter with its paraf rounds and returns, signature and dispatches, from its stream; the ETag is its revision.',
    path: '/surat-keluar/{id}',
    problems: [400, 403, letterProblem(404, 'SURAT_KELUAR_NOT_FOUND', 'No such draft or letter in your dinas')],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams, @Res({ passthrough: true }) res: Response): Promise<SuratKeluarDetail | RedactedLetterView> {
    const view = await this.queries.execute<GetSuratKeluarQuery, SuratKeluarDetail | RedactedLetterView>(new GetSuratKeluarQuery(user, params.id));
    if (!view.redacted) setETag(res, view.revision);
    return view;
  }
}
