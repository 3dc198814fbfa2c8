import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopGapsQuery } from './get-sop-gaps.query';
import { GetSopGapsRequest } from './get-sop-gaps.request.dto';
import type { SopGapsView } from './get-sop-gaps.handler';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class GetSopGapsHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** What is still missing or unconfirmed in a draft, step by step, with the importer's evidence quoted. */
  @Get(':id/gaps')
  @ApiEndpoint({
    summary: 'What is still missing or unconfirmed in a draft',
    description:
      'For the open version (or `version`): every step without pelaksana (`pelaksana-missing`), every decision without a "ya" or "tidak" ' +
      'target (`decision-target-missing`), and every importer proposal still to confirm for an empty field (`proposal-unconfirmed`, with ' +
      'the proposed value and the quoted evidence and its line), in document order, each with its field path and a message in Bahasa ' +
      'Indonesia; plus every proposal with its status (`to-confirm`, `confirmed`, `rejected`). Confirm or reject proposals with ' +
      '`POST /sops/{id}/versions/{version}/proposals/{proposalId}/confirm|reject`. The ETag is the stream revision.',
    path: `${SOP_EXAMPLE_PATH}/gaps`,
    response: {
      example: {
        sopId: SOP_ID_EXAMPLE,
        revision: 1,
        version: 1,
        stage: 'draft',
        gaps: [
          {
            kind: 'proposal-unconfirmed',
            field: 'procedures[0].steps[6].decision.tidak',
            procedure: 1,
            stepNo: 7,
            message:
              'Langkah 7: usulan cabang "Tidak" ke langkah 5 belum dikonfirmasi (bukti baris 212: "jika ada kesalahan dikembalikan kebidang"). ' +
              'Konfirmasi atau tolak usulan tidak-1.7, atau isi kolomnya sendiri.',
            proposal: { id: 'tidak-1.7', kind: 'tidak', procedure: 1, stepNo: 7, value: 5, evidence: 'jika ada kesalahan dikembalikan kebidang', line: 212, status: 'to-confirm' },
          },
          { kind: 'pelaksana-missing', field: 'procedures[0].steps[8].pelaksana', procedure: 1, stepNo: 9, message: 'Langkah 9 belum memiliki pelaksana; isi pelaksana dari kolom peran prosedur', proposal: null },
        ],
        proposals: [{ id: 'tidak-1.7', kind: 'tidak', procedure: 1, stepNo: 7, value: 5, evidence: 'jika ada kesalahan dikembalikan kebidang', line: 212, status: 'to-confirm' }],
      },
    },
    problems: [SopProblems.versionUnknown, 400, SopProblems.notFound],
  })
  async gaps(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopParams,
    @Query() query: GetSopGapsRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopGapsView> {
    const view = await this.queries.execute<GetSopGapsQuery, SopGapsView>(new GetSopGapsQuery(user, params.id, query.version));
    setETag(res, view.revision);
    return view;
  }
}
