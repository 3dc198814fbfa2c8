/** Codes of the errors this library throws; stable, for logs and HTTP problem details. */
export type PdfErrorCode = 'PDF_CHROMIUM_NOT_FOUND' | 'PDF_CHROMIUM_LAUNCH_FAILED' | 'PDF_RENDER_FAILED';

/** Base class of every error of `@jejak/pdf`; `code` tells which. */
export class PdfError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PdfError';
  }
}

/** No Chromium executable where we looked: nothing can be printed until it is installed or `CHROMIUM_PATH` is set. */
export class ChromiumNotFoundError extends PdfError {
  constructor(readonly executablePath: string) {
    super(
      'PDF_CHROMIUM_NOT_FOUND',
      `Chromium not found at ${executablePath}: documents cannot be printed to PDF. ` +
        'Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** Chromium is there but did not start (wrong binary, missing shared libraries, no memory). */
export class ChromiumLaunchError extends PdfError {
  constructor(
    readonly executablePath: string,
    cause: unknown,
  ) {
    super('PDF_CHROMIUM_LAUNCH_FAILED', `Chromium at ${executablePath} did not start: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ChromiumLaunchError';
  }
}

/** The page could not be loaded or printed (e.g. it timed out). */
export class PdfRenderError extends PdfError {
  constructor(what: string, cause: unknown) {
    super('PDF_RENDER_FAILED', `${what} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PdfRenderError';
  }
}

export const isPdfError = (error: unknown): error is PdfError => error instanceof PdfError;
