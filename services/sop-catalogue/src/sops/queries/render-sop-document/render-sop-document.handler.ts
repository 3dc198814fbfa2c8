import { ServiceUnavailableException } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ChromiumNotFoundError, renderSopHtml, renderSopPdf } from '../../../rendering';
import { SopReader } from '../../sop.reader';
import { RenderSopDocumentQuery } from './render-sop-document.query';

export interface RenderedSopDocument {
  contentType: string;
  fileName: string;
  body: string | Buffer;
}

const STAGE_LABELS: Record<string, string> = {
  draft: 'DRAF', submitted: 'DRAF', approved: 'DISETUJUI', superseded: 'TIDAK BERLAKU', retired: 'TIDAK BERLAKU', abandoned: 'DIBATALKAN',
};

/** The standard two-part SOP AP document of one version, as HTML or as an A4-landscape PDF. */
@QueryHandler(RenderSopDocumentQuery)
export class RenderSopDocumentHandler implements IQueryHandler<RenderSopDocumentQuery, RenderedSopDocument> {
  constructor(private readonly reader: SopReader) {}

  async execute({ user, sopId, version, format }: RenderSopDocumentQuery): Promise<RenderedSopDocument> {
    const loaded = await this.reader.load(sopId, user);
    const v = this.reader.version(loaded, version);
    const html = renderSopHtml(v.content, {
      versionLabel: `Versi ${v.version}`,
      watermark: STAGE_LABELS[v.stage],
      effectiveFrom: 'effectiveFrom' in v ? v.effectiveFrom : undefined,
    });
    const base = `SOP-${(v.content.identity.nomor ?? v.content.identity.nama).replace(/[^\w.-]+/g, '_').slice(0, 80)}-v${v.version}`;
    if (format === 'html') return { contentType: 'text/html; charset=utf-8', fileName: `${base}.html`, body: html };
    try {
      return { contentType: 'application/pdf', fileName: `${base}.pdf`, body: await renderSopPdf(html) };
    } catch (error) {
      if (error instanceof ChromiumNotFoundError) throw new ServiceUnavailableException('Pencetakan PDF tidak tersedia: Chromium belum terpasang di server (atur CHROMIUM_PATH)');
      throw error;
    }
  }
}
