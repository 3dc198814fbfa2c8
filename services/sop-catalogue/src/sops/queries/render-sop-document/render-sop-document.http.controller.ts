import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import type { RenderedSopDocument } from './render-sop-document.handler';
import { RenderSopDocumentQuery } from './render-sop-document.query';
import { RenderSopDocumentRequest } from './render-sop-document.request.dto';
import { SOP_EXAMPLE_PATH, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class RenderSopDocumentHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The SOP AP document (identity table + flowchart with lanes and mutu baku), HTML or PDF (A4 landscape). */
  @Get(':id/versions/:version/document')
  @ApiEndpoint({
    summary: 'The SOP AP document (HTML or PDF)',
    description:
      'Renders `version` as the SOP AP document of Permenpan RB 35/2012: the identity table, the flowchart with one lane per pelaksana ' +
      'and the mutu baku columns, A4 landscape. `format=pdf` needs Chromium on the server; without it the answer is 503 with the reason.',
    path: `${SOP_EXAMPLE_PATH}/versions/1/document`,
    problems: [SopProblems.versionUnknown, 400, SopProblems.notFound, { status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'Pencetakan PDF tidak tersedia: Chromium belum terpasang di server (atur CHROMIUM_PATH)', summary: 'PDF requested but no Chromium on the server' }],
  })
  @ApiProduces('text/html', 'application/pdf')
  async document(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Query() query: RenderSopDocumentRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const doc = await this.queries.execute<RenderSopDocumentQuery, RenderedSopDocument>(
      new RenderSopDocumentQuery(user, params.id, params.version, query.format ?? 'html'),
    );
    res.setHeader('Content-Type', doc.contentType);
    res.setHeader('Content-Disposition', `${query.format === 'pdf' ? 'attachment' : 'inline'}; filename="${doc.fileName}"`);
    return new StreamableFile(typeof doc.body === 'string' ? Buffer.from(doc.body, 'utf8') : doc.body);
  }
}
