import { ProblemException } from '@jejak/nest-platform';
import { PdfError } from '@jejak/pdf';
import type { Response } from 'express';
import { contentDisposition, type RenderedReport } from './rendering';

/** Renders, turning a PDF printer that cannot run into a 503 the client can act on (ask for another format). */
export async function rendered(render: () => Promise<RenderedReport>): Promise<RenderedReport> {
  try {
    return await render();
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    throw new ProblemException(
      { status: 503, code: error.code, detail: 'Laporan PDF tidak dapat dicetak saat ini; unduh dalam format xlsx, csv atau json.' },
      { cause: error },
    );
  }
}

/** Sends a rendered form: its media type, a download name (inline for JSON and HTML) and the exact bytes. */
export function sendReport(res: Response, report: RenderedReport): void {
  res.status(200);
  res.setHeader('Content-Type', report.contentType);
  res.setHeader('Content-Length', report.body.length);
  res.setHeader('Vary', 'Accept');
  if (report.format !== 'json' && report.format !== 'html') res.setHeader('Content-Disposition', contentDisposition(report.fileName));
  res.end(report.body);
}
