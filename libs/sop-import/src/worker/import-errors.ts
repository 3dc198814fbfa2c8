/**
 * Why an import run off the request thread did not finish. `status` is the HTTP status the edge answers
 * with (RFC 7807); `code` is stable; `message` is for the user (Bahasa Indonesia).
 */
export abstract class ImportRunError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
}

/** The book is larger than the runner accepts: 413. */
export class ImportTooLargeError extends ImportRunError {
  readonly code = 'SOP_IMPORT_TOO_LARGE';
  readonly status = 413;

  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`Berkas SOP terlalu besar (${formatBytes(bytes)}); batasnya ${formatBytes(maxBytes)}. Pecah buku SOP menjadi beberapa berkas lalu impor satu per satu.`);
    this.name = 'ImportTooLargeError';
  }
}

/** The import ran longer than allowed and its worker was stopped: 422 (the book cannot be processed as it is). */
export class ImportTimeoutError extends ImportRunError {
  readonly code = 'SOP_IMPORT_TIMEOUT';
  readonly status = 422;

  constructor(readonly timeoutMs: number) {
    super(
      `Impor buku SOP dihentikan karena melebihi batas waktu ${(timeoutMs / 1000).toLocaleString('id-ID')} detik. Periksa apakah berkasnya benar-benar salinan teks buku SOP, atau pecah menjadi beberapa berkas.`,
    );
    this.name = 'ImportTimeoutError';
  }
}

/** The worker died (e.g. out of memory) or failed in a way the importer does not know: 422. */
export class ImportWorkerFailedError extends ImportRunError {
  readonly code = 'SOP_IMPORT_FAILED';
  readonly status = 422;

  constructor(readonly reason: string) {
    super('Buku SOP tidak dapat diproses. Periksa apakah berkasnya salinan teks buku SOP yang utuh.');
    this.name = 'ImportWorkerFailedError';
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} KB`;
  return `${bytes} byte`;
}
