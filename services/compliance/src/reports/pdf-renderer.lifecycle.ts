import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { closeSharedHtmlPdfRenderer } from '@jejak/pdf';

/** Closes the headless Chromium that printed PDF reports, when the service stops. */
@Injectable()
export class PdfRendererLifecycle implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await closeSharedHtmlPdfRenderer();
  }
}
